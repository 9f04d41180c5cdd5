import AccordCore
import Foundation

/// Where `accord-postgres`, the PostgreSQL client, is: the file ACCORD_POSTGRES names when it is
/// set (a packager's libexec), else beside accord's own executable (the debug build,
/// `.build-static/release` and an installed `bin/` alike).
enum PostgresClientProgram {
  static let name = "accord-postgres"

  /// The client's path, or why there is none to run for `server`.
  static func path(
    for server: ServerAddress, environment: [String: String] = ProcessEnvironment.variables
  ) throws(JournalError) -> String {
    if let named = environment["ACCORD_POSTGRES"], !named.isEmpty {
      guard isExecutable(named) else {
        throw .trouble(address: server.description, .clientNotFound(client: name, at: named, named: true))
      }
      return named
    }
    let executable = ownExecutable()
    let beside = (executable as NSString).deletingLastPathComponent + "/" + name
    guard isExecutable(beside) else {
      throw .trouble(address: server.description, .clientNotFound(client: name, at: executable, named: false))
    }
    return beside
  }

  private static func isExecutable(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
  }

  /// `/proc/self/exe`: the file running, wherever it was started from and whatever argv[0] says.
  private static func ownExecutable() -> String {
    var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &bytes, bytes.count - 1)
    guard count > 0 else { return CommandLine.arguments.first ?? "accord" }
    return String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
