import AccordCore
import Foundation

/// A real PostgreSQL server for the tests, in a directory of its own with its own socket
/// directory and port, started with Debian's `initdb` and `pg_ctl` (as `nobody` when the tests
/// run as root, as PostgreSQL refuses to run as root) and stopped with the test process. A
/// test that needs one and cannot start it fails: it does not skip.
public final class PostgresServer: @unchecked Sendable {
  public let directory: String
  public let port: Int
  public let bin: String
  /// The superuser initdb makes, whom the tests connect as.
  public static let superuser = "accord"
  public static let account: (uid: UInt32, gid: UInt32) = (65534, 65534)

  /// One server for the whole test process: each test makes a database of its own on it.
  public static let shared = Result { try PostgresServer() }

  /// Settings given to the server at each start (`wal_level=logical`).
  public let settings: [String]

  public init(settings: [String] = []) throws {
    self.settings = settings
    bin = try Self.binaries()
    // Short: a socket's path must fit in 107 bytes.
    directory = "/tmp/accord-pg-" + String(UUID().uuidString.prefix(8))
    port = try Self.freePort()
    let data = directory + "/data"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    if geteuid() == 0 { chown(directory, Self.account.uid, Self.account.gid) }
    let runAs = geteuid() == 0 ? Self.account : nil
    try Self.makeCertificates(in: directory)
    try Command.run(
      bin + "/initdb", ["-D", data, "-U", Self.superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
      as: runAs)
    try start()
    stopWhenTestsEnd(stop)
  }

  private var runAs: (uid: UInt32, gid: UInt32)? { geteuid() == 0 ? Self.account : nil }

  /// Starts the server (again, after `halt`), waiting until it accepts connections.
  public func start() throws {
    // TLS on, with a certificate for localhost signed by a CA made here (`ca.pem`).
    let tls = "-c ssl=on -c ssl_cert_file=\(directory)/server.pem -c ssl_key_file=\(directory)/server.key"
    let options =
      "-k \(directory) -p \(port) -c listen_addresses=127.0.0.1 -c fsync=off \(tls)"
      + settings.map { " -c \($0)" }.joined()
    try Command.run(
      bin + "/pg_ctl", ["-D", directory + "/data", "-o", options, "-l", directory + "/log", "-w", "-t", "60", "start"],
      as: runAs)
  }

  /// Stops the server at once, as a crash or a cut link would, keeping its data.
  public func halt() throws {
    try Command.run(bin + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], as: runAs)
  }

  /// Kills the server with SIGKILL, its postmaster and every process it started, as a crash
  /// would, and waits until they are gone; `start` then recovers it from its write-ahead log.
  public func crash() throws {
    let processes = try self.processes()
    for process in processes { kill(process, SIGKILL) }
    let deadline = Date().addingTimeInterval(30)
    while processes.contains(where: { kill($0, 0) == 0 }) {
      guard Date() < deadline else { throw Command.Failure(description: "the killed server is still running") }
      usleep(10_000)
    }
  }

  /// Stops (SIGSTOP) or continues (SIGCONT) the server and every process it started: a server
  /// that hangs, connections open and answering nothing.
  public func pause(_ signal: Int32 = SIGSTOP) throws {
    for process in try processes() { kill(process, signal) }
  }

  /// The server's postmaster (from its lock file) and every process it started.
  func processes() throws -> [pid_t] {
    let lockFile = (try? String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8)) ?? ""
    guard let line = lockFile.split(separator: "\n").first, let postmaster = pid_t(line) else {
      throw Command.Failure(description: "no running server in \(directory)")
    }
    return [postmaster] + Self.children(of: postmaster)
  }

  /// The processes whose parent is `parent`, from /proc.
  static func children(of parent: pid_t) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry in
      guard let process = pid_t(entry),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      // After the command's name: state, then the parent's id.
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 && pid_t(fields[1]) == parent ? process : nil
    }
  }

  /// A new empty database on the server, and its address over the server's socket.
  public func database() throws -> JournalAddress {
    let name = "journal_" + UUID().uuidString.prefix(8).lowercased()
    try psql("postgres", "CREATE DATABASE \(name)")
    return try JournalAddress(
      parsing: "postgresql://\(Self.superuser)@\(directory.replacingOccurrences(of: "/", with: "%2F")):\(port)/\(name)")
  }

  /// Runs SQL on `database` as `user` (the superuser by default) with psql, stopping at the
  /// first error.
  @discardableResult
  public func psql(_ database: String, _ sql: String, as user: String = superuser) throws -> String {
    try runPSQL(database, ["-c", sql], as: user)
  }

  private func runPSQL(_ database: String, _ arguments: [String], as user: String = superuser) throws -> String {
    try Command.run(
      bin + "/psql",
      ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", directory, "-p", "\(port)", "-U", user, "-d", database] + arguments)
  }

  /// Runs `sql` on `database` as psql runs a file: each statement on its own (a subscription
  /// cannot be made inside a transaction), stopping at the first error.
  @discardableResult
  public func psqlScript(_ database: String, _ sql: String) throws -> String {
    let file = "/tmp/accord-sql-\(UUID().uuidString).sql"
    try sql.write(toFile: file, atomically: true, encoding: .utf8)
    defer { unlink(file) }
    return try runPSQL(database, ["-f", file])
  }

  /// `address` with another user.
  public func address(_ address: JournalAddress, as user: String) throws -> JournalAddress {
    try JournalAddress(
      parsing: address.description.replacingOccurrences(of: "://\(Self.superuser)@", with: "://\(user)@"))
  }

  /// A CA (`ca.pem`, and `other-ca.pem` that signed nothing of this server's) and the server's
  /// certificate for the name localhost, made with openssl; the key readable by the server's
  /// account only, as PostgreSQL requires.
  public static func makeCertificates(in directory: String) throws {
    let openssl = "/usr/bin/openssl"
    for ca in ["ca", "other-ca"] {
      try Command.run(
        openssl,
        [
          "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=accord test \(ca)",
          "-keyout", "\(directory)/\(ca).key", "-out", "\(directory)/\(ca).pem",
        ])
    }
    try Command.run(
      openssl,
      [
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "\(directory)/server.key",
        "-out", "\(directory)/server.csr",
      ])
    try "subjectAltName=DNS:localhost\n".write(toFile: "\(directory)/san.ext", atomically: true, encoding: .utf8)
    try Command.run(
      openssl,
      [
        "x509", "-req", "-in", "\(directory)/server.csr", "-CA", "\(directory)/ca.pem", "-CAkey", "\(directory)/ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "\(directory)/san.ext", "-out", "\(directory)/server.pem",
      ])
    chmod("\(directory)/server.key", 0o600)
    if geteuid() == 0 { chown("\(directory)/server.key", account.uid, account.gid) }
  }

  /// A database's address over TCP to `host` with `parameters`, instead of the socket.
  public func tcpAddress(_ address: JournalAddress, host: String, parameters: String) throws -> JournalAddress {
    guard case .server(let server) = address else { throw Command.Failure(description: "not a server") }
    return try JournalAddress(
      parsing: "postgresql://\(Self.superuser)@\(host):\(port)/\(server.database ?? "")?\(parameters)")
  }

  public func stop() {
    try? halt()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The newest PostgreSQL's programs Debian installed (`.ci/run` installs `postgresql`).
  public static func binaries() throws -> String {
    let root = "/usr/lib/postgresql"
    let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
    guard let newest = versions.last, FileManager.default.isExecutableFile(atPath: "\(root)/\(newest)/bin/initdb")
    else {
      throw Command.Failure(
        description:
          "no PostgreSQL server in \(root): install Debian's postgresql (scripts/ensure-system-packages does)")
    }
    return "\(root)/\(newest)/bin"
  }

  /// A TCP port nothing listens on now: the kernel's pick for a socket bound to port 0.
  public static func freePort() throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
      }
    }
    guard bound else { throw Command.Failure(description: "no free port: \(String(cString: strerror(errno)))") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}

/// The servers to stop when the test process ends.
private nonisolated(unsafe) var stops: [() -> Void] = []

private func stopWhenTestsEnd(_ stop: @escaping () -> Void) {
  if stops.isEmpty { atexit { for stop in stops { stop() } } }
  stops.append(stop)
}
