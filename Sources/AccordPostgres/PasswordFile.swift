import Foundation

/// libpq's password file: `PGPASSFILE`, else `~/.pgpass`; lines `host:port:database:user:password`,
/// each of the first four a value or `*`, `\:` and `\\` escaped; the first line that matches
/// wins. As libpq does, a file that others may read is not used (its passwords are no secret).
/// A Unix socket's host is matched as `localhost`, as libpq matches it for the default socket.
public enum PasswordFile {
  public static func path(environment: [String: String]) -> String? {
    if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.pgpass"
  }

  /// The password for `user` at `host:port/database`, or nil: no file, none matching, or a
  /// file others may read.
  public static func password(host: String, port: Int, database: String, user: String, environment: [String: String])
    -> String?
  {
    guard let path = path(environment: environment) else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    let wanted = [host.hasPrefix("/") ? "localhost" : host, String(port), database, user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = Self.fields(of: line)
      guard fields.count == 5 else { continue }
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// The fields of one line, split at unescaped colons, with the escapes undone.
  static func fields(of line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
