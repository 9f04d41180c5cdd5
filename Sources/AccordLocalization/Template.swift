/// Fills a message's placeholders with values, as gettext's c-format numbers them: `%1$s` is the
/// first value wherever the translation puts it, so a sentence can be reordered; `%s` and `%d`
/// take the values in turn; `%%` is a percent sign. The values come already written out (numbers
/// in the reader's digits), so every placeholder is text here. Unlike `String(format:)`, a
/// translation with a placeholder too many or of an unknown kind shows it as written, never
/// reads memory it was not given.
public enum Template {
  public static func fill(_ template: String, _ values: [String]) -> String {
    guard template.contains("%") else { return template }
    var result = ""
    var next = 0
    var characters = template[...]
    while let character = characters.popFirst() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      if characters.first == "%" {
        characters.removeFirst()
        result.append("%")
        continue
      }
      let digits = characters.prefix { $0.isASCII && $0.isNumber }
      var rest = characters.dropFirst(digits.count)
      var index = next
      if !digits.isEmpty, rest.first == "$", let number = Int(digits), number >= 1 {
        index = number - 1
        rest = rest.dropFirst()
      } else if !digits.isEmpty {
        result.append("%")
        continue
      }
      guard let kind = rest.first, "sdu".contains(kind), values.indices.contains(index) else {
        result.append("%")
        continue
      }
      result += values[index]
      next = index + 1
      characters = rest.dropFirst()
    }
    return result
  }
}
