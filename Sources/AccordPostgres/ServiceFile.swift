import AccordCore
import Foundation

/// libpq's connection service file: `service=name` in the address, else `PGSERVICE`, names a
/// section `[name]` of `PGSERVICEFILE` (else `~/.pg_service.conf`), else of
/// `PGSYSCONFDIR/pg_service.conf` (else Debian's `/etc/postgresql-common/pg_service.conf`);
/// its `key=value` lines give what the address leaves out, so an address can be just
/// `postgresql://?service=accord` and the host, port and database kept in one place.
public enum ServiceFile {
  /// `server` with its service's settings filled in; unchanged when it names no service.
  public static func resolve(_ server: ServerAddress, environment: [String: String]) throws(JournalError)
    -> ServerAddress
  {
    guard let name = server.service ?? environment["PGSERVICE"].flatMap({ $0.isEmpty ? nil : $0 }) else {
      return server
    }
    for path in paths(environment: environment) {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      if let settings = try section(name, in: text, path: path) {
        return try server.filling(from: settings, source: path)
      }
    }
    throw .trouble(address: server.description, .noService(name: name, files: paths(environment: environment)))
  }

  /// The user's file, then the system's, as libpq looks.
  static func paths(environment: [String: String]) -> [String] {
    var paths: [String] = []
    if let file = environment["PGSERVICEFILE"], !file.isEmpty {
      paths.append(file)
    } else if let home = environment["HOME"], !home.isEmpty {
      paths.append(home + "/.pg_service.conf")
    }
    let system = environment["PGSYSCONFDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/postgresql-common"
    return paths + [system + "/pg_service.conf"]
  }

  /// The settings of section `name`, nil when the file has none; a line that is neither a
  /// section, a setting, a comment nor blank is refused with where it is.
  static func section(_ name: String, in text: String, path: String) throws(JournalError) -> [String: String]? {
    var current: String?
    var settings: [String: String]?
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        if settings != nil { return settings }
        current = String(line.dropFirst().dropLast())
        if current == name { settings = [:] }
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw .trouble(address: "\(path):\(index + 1):1", .notAServiceLine)
      }
      if current == name {
        let key = line[..<equals].trimmingCharacters(in: .whitespaces)
        settings?[key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return settings
  }
}
