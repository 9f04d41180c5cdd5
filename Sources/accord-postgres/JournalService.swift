import AccordCore
import AccordJournalWire
import AccordPostgres

/// The journal `accord` opened through this client, and the answer to each of its calls.
struct JournalService {
  private var journal: PostgresJournal?
  /// The server of the journal opened, for the outage said with every answer.
  private var server: ServerAddress?

  mutating func answer(_ call: JournalCall) -> JournalAnswer {
    if let address = call.request.address {
      server = address
      ServerOutage.adopt(address, since: call.outageSince)
    }
    let outcome: JournalAnswer.Outcome
    do throws(JournalError) {
      outcome = .value(try value(for: call.request))
    } catch {
      outcome = .failure(error)
    }
    return JournalAnswer(outcome, outageSince: server.flatMap(ServerOutage.current))
  }

  private mutating func value(for request: JournalRequest) throws(JournalError) -> JournalAnswer.Value {
    switch request {
    case .open(let address, let planIdentity, let access, let corrections):
      journal = nil
      journal = try PostgresJournal(
        server: try ServerAddress(parsing: address), planIdentity: planIdentity, access: access,
        corrections: corrections)
      return .done
    case .initialize(let address, let planIdentity, let site):
      return .initialization(
        try PostgresJournal.initialize(
          server: try ServerAddress(parsing: address), planIdentity: planIdentity, site: site))
    case .record(let update): return .update(try opened().record(update))
    case .updates(let since): return .updates(UpdateList(try opened().updates(since: since)))
    case .reading(let since): return Self.wire(try opened().reading(since: since))
    case .readingAfter(let number): return Self.wire(try opened().reading(after: number))
    case .changeToken: return .token(try opened().changeToken())
    case .keep(let list):
      try opened().keep(list.updates)
      return .done
    }
  }

  private static func wire(_ reading: JournalReading) -> JournalAnswer.Value {
    .reading(UpdateList(reading.updates), unreadable: reading.unreadable)
  }

  private func opened() throws(JournalError) -> PostgresJournal {
    guard let journal else { throw .trouble(address: "accord-postgres", .noJournalOpened) }
    return journal
  }
}

extension JournalRequest {
  /// The server an `open` or `initialize` names.
  fileprivate var address: ServerAddress? {
    switch self {
    case .open(let text, _, _, _), .initialize(let text, _, _): try? ServerAddress(parsing: text)
    default: nil
    }
  }
}
