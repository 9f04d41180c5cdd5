import AccordCore

/// The client's answer to one `JournalCall`: the value, or the journal's typed error, and the
/// server's outage as the client knows it afterwards (nil once it is reachable).
public struct JournalAnswer: Codable, Sendable, Equatable {
  public enum Value: Codable, Sendable, Equatable {
    case done
    case update(JournalUpdate)
    // The updates as one string (`UpdateList`): a journal read whole is most of what crosses.
    case updates(UpdateList)
    case reading(UpdateList, unreadable: [UnreadableUpdate])
    case token(Int)
    case initialization(JournalInitialization)
  }

  public enum Outcome: Codable, Sendable, Equatable {
    case value(Value)
    case failure(JournalError)
  }

  public var outcome: Outcome
  public var outageSince: String?

  public init(_ outcome: Outcome, outageSince: String?) {
    self.outcome = outcome
    self.outageSince = outageSince
  }
}
