import AccordCore
import AccordJournalWire
import Synchronization

/// The journal on a PostgreSQL server, through the client process `accord-postgres`: accord
/// itself links none of the client (README, "PostgreSQL"). Each journal opened has a client of
/// its own, as it had a connection of its own. A client that dies (killed, crashed) is said as a
/// dropped connection is, `.unreachable`, and the next call starts a new one; one that is broken
/// (`PostgresClientProcess.Stopped`) is a refusal, `.trouble(_, .clientBroken)`.
final class PostgresClientJournal: Journal, Sendable {
  private let server: ServerAddress
  private let opening: JournalRequest
  private let state: Mutex<State>

  private struct State {
    var client: PostgresClientProcess?
    /// Added to the client's change token: a new client counts from 0 again, and the change
    /// must still be seen (an update may have been recorded while none listened).
    var tokenBase = 0
    var lastToken = 0
  }

  init(
    server: ServerAddress, planIdentity: String, access: JournalAccess, corrections: CorrectionScope
  ) throws(JournalError) {
    self.server = server
    opening = .open(address: server.text, planIdentity: planIdentity, access: access, corrections: corrections)
    state = Mutex(State())
    _ = try call(nil)
  }

  /// `accord journal init` through a client of its own, ended once it answers.
  static func initialize(server: ServerAddress, planIdentity: String, site: String?) throws(JournalError)
    -> JournalInitialization
  {
    let client = try PostgresClientProcess(path: try PostgresClientProgram.path(for: server), for: server)
    let request = JournalRequest.initialize(address: server.text, planIdentity: planIdentity, site: site)
    guard case .initialization(let made) = try answer(request, from: client, server: server) else {
      throw unexpected(server)
    }
    return made
  }

  func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate {
    guard case .update(let recorded) = try call(.record(update)) else { throw Self.unexpected(server) }
    return recorded
  }

  func updates(since: Day?) throws(JournalError) -> [JournalUpdate] {
    guard case .updates(let list) = try call(.updates(since: since)) else { throw Self.unexpected(server) }
    return list.updates
  }

  func reading(since: Day?) throws(JournalError) -> JournalReading {
    guard case .reading(let list, let unreadable) = try call(.reading(since: since)) else {
      throw Self.unexpected(server)
    }
    return JournalReading(updates: list.updates, unreadable: unreadable)
  }

  func reading(after number: Int) throws(JournalError) -> JournalReading {
    guard case .reading(let list, let unreadable) = try call(.readingAfter(number)) else {
      throw Self.unexpected(server)
    }
    return JournalReading(updates: list.updates, unreadable: unreadable)
  }

  /// The client keeps the `LISTEN` connection and answers from its count: one small exchange.
  func changeToken() throws(JournalError) -> Int {
    guard case .token(let token) = try call(.changeToken) else { throw Self.unexpected(server) }
    return state.withLock { state in
      state.lastToken = state.tokenBase + token
      return state.lastToken
    }
  }

  func keep(_ updates: [JournalUpdate]) throws(JournalError) {
    _ = try call(.keep(UpdateList(updates)))
  }

  /// `request`'s answer from this journal's client, started (and the journal opened in it) if
  /// there is none; nil `request` only opens.
  private func call(_ request: JournalRequest?) throws(JournalError) -> JournalAnswer.Value {
    let server = server
    let opening = opening
    return try state.withLock { (state: inout State) throws(JournalError) -> JournalAnswer.Value in
      if state.client == nil {
        let client = try PostgresClientProcess(path: try PostgresClientProgram.path(for: server), for: server)
        _ = try Self.answer(opening, from: client, server: server)
        state.client = client
        state.tokenBase = state.lastToken + 1
      }
      guard let request, let client = state.client else { return .done }
      do throws(JournalError) {
        return try Self.answer(request, from: client, server: server)
      } catch {
        // A client that gave no answer, or lost its server, is replaced at the next call.
        let lost = if case .unreachable = error { true } else { false }
        if lost || client.stopped { state.client = nil }
        throw error
      }
    }
  }

  /// The client's answer to `request`; a client that gives none is said unreachable, as a
  /// server that dropped the connection is, or broken.
  private static func answer(_ request: JournalRequest, from client: PostgresClientProcess, server: ServerAddress)
    throws(JournalError) -> JournalAnswer.Value
  {
    let answer: JournalAnswer
    do {
      answer = try client.exchange(
        JournalCall(request, outageSince: ServerOutage.current(server)), patience: patience(server))
    } catch  where error.reason.broken {
      throw .trouble(address: server.description, .clientBroken(client: client.path, error.reason))
    } catch {
      throw .unreachable(ServerOutage.outage(of: server, .clientStopped(client: client.path, reason: error.reason)))
    }
    ServerOutage.adopt(server, since: answer.outageSince)
    switch answer.outcome {
    case .value(let value): return value
    case .failure(let error): throw error
    }
  }

  /// The client bounds the server's answer (connect_timeout, 10 s to connect and 30 s a query
  /// by default); its own silence is bounded well beyond that.
  private static func patience(_ server: ServerAddress) -> Int { 3 * (server.timeout ?? 30) + 30 }

  private static func unexpected(_ server: ServerAddress) -> JournalError {
    .trouble(address: server.description, .clientAnsweredOther)
  }
}
