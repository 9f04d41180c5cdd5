import AccordCore

extension SafeText {
  /// For terminals without UTF-8: every non-ASCII cluster becomes one `?` per column it would
  /// take, so the layout measured in columns stays true.
  public static func ascii(_ text: String) -> String {
    let text = sanitized(text)
    guard !text.allSatisfy(\.isASCII) else { return text }
    var result = ""
    for character in text {
      if character.isASCII {
        result.append(character)
      } else {
        let width = DisplayWidth.of(character)
        result += String(repeating: "?", count: width)
      }
    }
    return result
  }
}
