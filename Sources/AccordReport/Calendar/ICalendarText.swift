import AccordCore

/// RFC 5545's text rules: escaped TEXT values, and content lines folded at 75 octets.
public enum ICalendarText {
  /// A TEXT value (section 3.3.11): backslash, semicolon and comma escaped; data text
  /// sanitised first, so no control character reaches a calendar.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for character in SafeText.sanitized(text) {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      default: result.append(character)
      }
    }
    return result
  }

  /// One content line folded (section 3.1): no physical line longer than 75 octets, each
  /// continuation starting with a space, a break never inside a UTF-8 sequence; each line
  /// ends with CRLF.
  public static func folded(_ line: String) -> String {
    var result = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if octets + size > 75 {
        result += "\r\n "
        octets = 1
      }
      result.unicodeScalars.append(scalar)
      octets += size
    }
    return result + "\r\n"
  }
}
