/// Text from a file or the environment made safe to show: no control character, escape
/// sequence or bidi control reaches a terminal, whatever the file holds. The one function
/// every output goes through: the screen, the reload notice, standard output and error, the
/// messages that quote a file.
public enum SafeText {
  /// An address a reader may follow: http and https only, so no `javascript:` or `data:`
  /// link comes from a data file, and sanitised; nil for anything else. Every output that
  /// shows or links a source's address (reports, the dashboard) takes it through here.
  public static func webAddress(_ url: String?) -> String? {
    guard let url, !url.contains(where: { $0.isWhitespace }) else { return nil }
    let lowered = url.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
    return sanitized(url)
  }

  /// Control characters (C0, DEL and C1, so ESC, BEL and U+009B alike) become U+FFFD, visible
  /// as a replacement and never obeyed; tabs and line breaks become spaces; bidi controls,
  /// which could reorder what follows them on screen, are dropped.
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: result.append(" ")
      default:
        if isBidiControl(scalar) { continue }
        result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return String(result)
  }

  /// For text printed a line at a time (messages, help, `accord render`): each line
  /// sanitised, the line breaks kept.
  public static func lines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && isUnsafe($0) }) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { sanitized(String($0)) }.joined(separator: "\n")
  }

  /// At most `limit` code points of `text`, sanitised, with `…` where it was cut: what a
  /// message may quote of a file, however long the value (or one cluster of it) is. Reads no
  /// further than it keeps.
  public static func excerpt(_ text: some StringProtocol, limit: Int = 60) -> String {
    var kept = String.UnicodeScalarView()
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index == limit {
        return sanitized(String(kept)) + "…"
      }
      kept.append(scalar)
    }
    return sanitized(String(kept))
  }

  /// `'excerpt'`: a value from a file as a message quotes it.
  public static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
    "'" + excerpt(text, limit: limit) + "'"
  }

  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || isBidiControl(scalar)
  }

  /// Unicode's Bidi_Control characters: the marks (ALM U+061C, LRM U+200E, RLM U+200F), the
  /// embeddings and overrides (U+202A-U+202E) and the isolates (U+2066-U+2069). Each changes
  /// how the text around it is ordered on screen, so all are treated alike.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
