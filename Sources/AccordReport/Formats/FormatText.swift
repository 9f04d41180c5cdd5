import AccordCore

/// Text from the data made safe for each output format. Every renderer passes data text
/// through one of these, never raw: first the terminal's sanitising (no control character,
/// escape sequence or bidi override survives), then the format's own escaping.
public enum FormatText {
  /// Markdown that reads as plain text: only the characters Markdown would act on get a
  /// backslash, so `<script>` shows as text on a forge and `|` cannot split a table cell.
  public static func markdown(_ text: String) -> String {
    var result = ""
    for character in SafeText.sanitized(text) {
      if "\\`*_[]<>|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Text for HTML content and quoted attribute values.
  public static func html(_ text: String) -> String {
    var result = ""
    for character in SafeText.sanitized(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// An address a reader may follow: http and https only, so no `javascript:` or `data:`
  /// link comes from a data file; nil for anything else.
  public static func link(_ url: String?) -> String? { SafeText.webAddress(url) }

  /// One CSV field from the data: a text a spreadsheet would run as a formula (starting with
  /// `=`, `+`, `-` or `@`, after any spaces) gets a leading apostrophe; then RFC 4180 quoting.
  public static func csv(_ text: String) -> String {
    let clean = SafeText.sanitized(text)
    let first = clean.first { !$0.isWhitespace }
    let guarded = first.map { "=+-@".contains($0) } == true ? "'" + clean : clean
    return csvQuoted(guarded)
  }

  /// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
  public static func csvQuoted(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Data text for a JSON string (the JSON escaping itself is `JSONValue`'s).
  public static func json(_ text: String) -> String { SafeText.sanitized(text) }

  /// A quoted CSS string inside a `<style>` element: quotes and backslashes escaped, `<` as
  /// `\3C ` so no text can close the element.
  public static func cssString(_ text: String) -> String {
    var out = "\""
    for character in SafeText.sanitized(text) {
      switch character {
      case "\"", "\\": out += "\\\(character)"
      case "<": out += "\\3C "
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
