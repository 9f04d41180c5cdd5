/// Text from a data file made safe to draw: no control character, escape sequence or bidi
/// override reaches the terminal, whatever the file holds.
public enum SafeText {
  /// Control characters become U+FFFD (so an ESC is visible as a replacement, not obeyed);
  /// tabs and line breaks become spaces; bidi overrides, which could reorder what follows
  /// them on screen, are dropped.
  public static func sanitized(_ text: String) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isUnsafe(scalar) {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: result.append(" ")
      case 0x202A...0x202E, 0x2066...0x2069: continue
      default: result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return String(result)
  }

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

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
