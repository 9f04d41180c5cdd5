/// Where a journal is, parsed once from `--journal`, `ACCORD_JOURNAL` or `journal:`: a file (an
/// SQLite journal) or a `postgresql://` / `postgres://` URI (a journal on a PostgreSQL server).
/// Anything else with a scheme is refused rather than taken for a file name: `postgresql:/x`
/// would otherwise make a directory `postgresql:`.
public enum JournalAddress: Sendable, Equatable, CustomStringConvertible {
  case file(String)
  case server(ServerAddress)

  public init(parsing text: String) throws(JournalError) {
    guard let colon = text.firstIndex(of: ":"), Self.isScheme(text[..<colon]) else {
      self = .file(text)
      return
    }
    let scheme = text[..<colon].lowercased()
    guard scheme == "postgresql" || scheme == "postgres" else {
      guard text[colon...].hasPrefix("://") else {
        self = .file(text)
        return
      }
      throw .malformedAddress(address: text, reason: "\(scheme): is not a journal's scheme; accord knows postgresql://")
    }
    self = .server(try ServerAddress(parsing: text))
  }

  /// `postgresql`, `postgres` or another URI scheme's letters; a drive-like `C:` or a file name
  /// such as `notes:2026.sqlite` is a scheme only when `://` follows.
  private static func isScheme(_ text: Substring) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
  }

  /// The file's path, or the server address without its password, as messages name it.
  public var description: String {
    switch self {
    case .file(let path): path
    case .server(let server): server.description
    }
  }
}
