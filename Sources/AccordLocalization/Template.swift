/// Fills a message's placeholders with values, as gettext's c-format numbers them: `%1$s` is the
/// first value wherever the translation puts it, so a sentence can be reordered; `%s` and `%d`
/// take the values in turn; `%%` is a percent sign. The values come already written out (numbers
/// in the reader's digits), so every placeholder is text here. Unlike `String(format:)`, a
/// translation with a placeholder too many or of an unknown kind shows it as written, never
/// reads memory it was not given.
public enum Template {
  public static func fill(_ template: String, _ values: [String]) -> String {
    // Read as UTF-8 bytes: every mark of a placeholder is ASCII, and walking a Lao or Khmer
    // translation by Characters, each compared with "%", took most of a Lao frame's words.
    let bytes = template.utf8
    guard bytes.contains(percent) else { return template }
    var result = ""
    var next = 0
    var literal = bytes.startIndex
    var index = bytes.startIndex
    while let sign = bytes[index...].firstIndex(of: percent) {
      result += template[literal..<sign]
      index = bytes.index(after: sign)
      literal = index
      if index < bytes.endIndex, bytes[index] == percent {
        result += "%"
        index = bytes.index(after: index)
        literal = index
        continue
      }
      let digitsEnd = bytes[index...].firstIndex { !(0x30...0x39).contains($0) } ?? bytes.endIndex
      var kind = digitsEnd
      var value = next
      if digitsEnd != index {
        guard digitsEnd < bytes.endIndex, bytes[digitsEnd] == UInt8(ascii: "$"),
          let number = Int(template[index..<digitsEnd]), number >= 1
        else {
          result += "%"
          continue
        }
        value = number - 1
        kind = bytes.index(after: digitsEnd)
      }
      guard kind < bytes.endIndex, isConversion(bytes[kind]), values.indices.contains(value)
      else {
        result += "%"
        continue
      }
      result += values[value]
      next = value + 1
      index = bytes.index(after: kind)
      literal = index
    }
    result += template[literal...]
    return result
  }

  private static let percent = UInt8(ascii: "%")

  /// `s`, `d` and `u`: every value is text already, so each is written as it is.
  private static func isConversion(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "u"): true
    default: false
    }
  }
}
