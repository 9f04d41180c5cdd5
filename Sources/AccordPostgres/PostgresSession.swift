import AccordCore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// One connection to the journal's server, used by one caller at a time and waited on: the
/// journal's calls are synchronous, as the screens' and commands' are. It runs on NIO's shared
/// event loop, which is started only when the first server journal is opened.
final class PostgresSession: @unchecked Sendable {
  let server: ServerAddress
  /// The account the server knows this session by (libpq's default: this Unix account's name).
  let user: String
  private let connection: PostgresConnection
  private let lock = NSLock()
  private static let logger = Logger(label: "accord.journal.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })

  init(server: ServerAddress, environment: [String: String] = ProcessInfo.processInfo.environment) throws(JournalError)
  {
    let server = try ServiceFile.resolve(server, environment: environment)
    self.server = server
    let user =
      server.user ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? Recording.Author.current().account
    self.user = user
    let database = server.database ?? environment["PGDATABASE"].flatMap { $0.isEmpty ? nil : $0 } ?? user
    let password = PasswordFile.password(
      host: server.host, port: server.port, database: database, user: user, environment: environment)
    var configuration: PostgresConnection.Configuration
    if server.isSocket {
      configuration = .init(unixSocketPath: server.socketPath, username: user, password: password, database: database)
    } else {
      configuration = .init(
        host: server.host, port: server.port, username: user, password: password, database: database,
        tls: try Self.tls(for: server))
    }
    let connectTimeout = Int64(server.timeout ?? 10)
    configuration.options.connectTimeout = .seconds(connectTimeout)
    let connecting = PostgresConnection.connect(
      on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: Self.logger)
    // A server that accepts the connection and then says nothing (stopped, hung) must not hold
    // the caller: the connection made too late is closed.
    connection = try Self.answer(connecting, within: connectTimeout, server: server) {
      connecting.whenSuccess { let _: EventLoopFuture<Void> = $0.close() }
    }
    ServerOutage.ended(server)
  }

  /// How long a query may go unanswered before the connection is given up.
  private var answerTimeout: Int64 { Int64(server.timeout ?? 30) }

  /// `future`'s value, or `.unreachable` when it has none within `seconds` (`abandon` then
  /// lets go of what it would have given).
  private static func answer<T: Sendable>(
    _ future: EventLoopFuture<T>, within seconds: Int64, server: ServerAddress, abandon: @escaping @Sendable () -> Void
  ) throws(JournalError) -> T {
    let promise = future.eventLoop.makePromise(of: T.self)
    // Both on the future's event loop, one after the other: an answer in time is never abandoned.
    let answered = Mutex(false)
    future.whenComplete { _ in answered.withLock { $0 = true } }
    future.cascade(to: promise)
    let timeout = future.eventLoop.scheduleTask(in: .seconds(seconds)) {
      guard !answered.withLock({ $0 }) else { return }
      promise.fail(AnswerTimeout())
      abandon()
    }
    defer { timeout.cancel() }
    do {
      return try promise.futureResult.wait()
    } catch is AnswerTimeout {
      throw .unreachable(ServerOutage.outage(of: server, .noAnswer(seconds: Int(seconds))))
    } catch {
      throw explain(error, server: server)
    }
  }

  private struct AnswerTimeout: Error {}

  // Waited on: postgres-nio requires a connection closed before it goes.
  deinit { try? connection.close().wait() }

  /// Whether the server or the network ended the connection.
  var isClosed: Bool { connection.isClosed }

  /// Calls `heard` for every notification on `channel` from now on (`LISTEN`): the server sends
  /// them, so an idle listener sends nothing and is told at once.
  func listen(on channel: String, heard: @escaping @Sendable () -> Void) throws(JournalError) {
    connection.addListener(channel: channel) { _, _ in heard() }
    try execute("LISTEN \(channel)")
  }

  /// The rows of `query`, all of them.
  func rows(_ query: PostgresQuery) throws(JournalError) -> [PostgresRow] {
    lock.lock()
    defer { lock.unlock() }
    let connection = connection
    // Given up, the connection is closed: its next use says it was lost, and the watch reconnects.
    let result = try Self.answer(
      connection.query(query, logger: Self.logger), within: answerTimeout, server: server
    ) { let _: EventLoopFuture<Void> = connection.close() }
    return Array(result.rows)
  }

  /// Runs `sql` (one or more statements, no parameters) for its effect.
  func execute(_ sql: String) throws(JournalError) {
    _ = try rows(PostgresQuery(unsafeSQL: sql))
  }

  /// libpq's `sslmode`: `verify-full` checks the certificate against `sslrootcert` (or the
  /// system's CAs) and the host's name; `verify-ca` the certificate only; `require` encrypts
  /// without checking; `prefer` and `allow` encrypt when the server offers it.
  static func tls(for server: ServerAddress) throws(JournalError) -> PostgresConnection.Configuration.TLS {
    guard server.sslMode != "disable" else { return .disable }
    var tls = TLSConfiguration.makeClientConfiguration()
    switch server.sslMode {
    case "verify-full": tls.certificateVerification = .fullVerification
    case "verify-ca": tls.certificateVerification = .noHostnameVerification
    default: tls.certificateVerification = .none
    }
    if let file = server.sslRootCert { tls.trustRoots = .file(file) }
    do {
      let context = try NIOSSLContext(configuration: tls)
      return server.sslMode.hasPrefix("verify") || server.sslMode == "require" ? .require(context) : .prefer(context)
    } catch {
      throw .trouble(address: server.description, .tlsSettings(rootCert: server.sslRootCert, said: "\(error)"))
    }
  }

  /// The server's or the network's error in words a reader can act on.
  static func explain(_ error: any Error, server: ServerAddress) -> JournalError {
    guard let error = error as? PSQLError else { return .unusable("\(server): \(error)") }
    if let info = error.serverInfo, let message = info[.message] {
      switch info[.sqlState] {
      case "42501":
        return .trouble(address: server.description, .viewer(message: message))
      // Raised by the journal's own triggers: this update, not the journal, is refused.
      case "P0001": return .refused(TriggerRefusal.refusal(message, server: server))
      // The server shutting down, or the connection broken: the update's outcome may be unknown.
      case let state? where state.hasPrefix("57P") || state.hasPrefix("08"):
        return .unreachable(ServerOutage.outage(of: server, .ended(message)))
      case "28P01", "28000":
        return .trouble(address: server.description, .passwordRefused(said: message))
      default: return .unusable("\(server): \(message)")
      }
    }
    if error.code == .authMechanismRequiresPassword {
      return .trouble(address: server.description, .noPassword)
    }
    let cause = error.underlying.map { "\($0)" } ?? "\(error.code)"
    // A certificate refused is not an outage: waiting would not make it pass.
    if error.underlying is NIOSSLError || error.underlying is NIOSSLExtraError || error.underlying is BoringSSLError {
      return .trouble(address: server.description, .certificateRefused(said: cause))
    }
    return .unreachable(ServerOutage.outage(of: server, .cannotReach(cause)))
  }
}
