/// A PO file's quoted string with C's escapes (`\n`, `\t`, `\"`, `\\`, octal and hex), as
/// gettext writes them.
enum PoString {
  /// The string that `text` opens with its `"`; nothing but spaces may follow it.
  static func parse(_ text: Substring, file: String, line: Int, column: Int) throws(PoError) -> String {
    var result = ""
    var scalars = text.unicodeScalars.dropFirst()[...]
    var offset = 1
    func fail(_ problem: String) -> PoError {
      PoError(file: file, line: line, column: column + offset, problem: problem)
    }
    while let scalar = scalars.popFirst() {
      offset += 1
      switch scalar {
      case "\"":
        let rest = String(scalars).drop { $0 == " " || $0 == "\t" }
        guard rest.isEmpty else { throw fail("text after the closing quote") }
        return result
      case "\\":
        let backslash = offset
        func fail(_ problem: String) -> PoError {
          PoError(file: file, line: line, column: column + backslash - 1, problem: problem)
        }
        guard let escaped = scalars.popFirst() else { throw fail("a string ends in a lone backslash") }
        offset += 1
        switch escaped {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "r": result.append("\r")
        case "\"", "\\", "'", "?": result.unicodeScalars.append(escaped)
        case "a": result.append("\u{7}")
        case "b": result.append("\u{8}")
        case "f": result.append("\u{C}")
        case "v": result.append("\u{B}")
        case "0"..."7":
          var value = escaped.value - 48
          while value < 32, let digit = scalars.first, ("0"..."7").contains(digit) {
            value = value * 8 + digit.value - 48
            scalars.removeFirst()
            offset += 1
          }
          guard value < 0x80 else { throw fail("an escaped byte beyond ASCII; write the character itself") }
          result.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
        case "x":
          var value: UInt32 = 0
          var digits = 0
          while digits < 2, let digit = scalars.first, let nibble = hexValue(digit) {
            value = value * 16 + nibble
            scalars.removeFirst()
            digits += 1
            offset += 1
          }
          guard digits > 0 else { throw fail("\\x without a hex digit") }
          guard value < 0x80 else { throw fail("an escaped byte beyond ASCII; write the character itself") }
          result.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
        default: throw fail("unknown escape \\\(visible(String(escaped)))")
        }
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    throw fail("the string has no closing quote")
  }

  private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 48
    case "a"..."f": scalar.value - 87
    case "A"..."F": scalar.value - 55
    default: nil
    }
  }

  /// Text from a catalog, as it may appear in a message: control characters as `\u{..}`.
  static func visible<S: StringProtocol>(_ text: S) -> String {
    var shown = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
        shown += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }
}
