import AccordCore

/// What `accord` asks its PostgreSQL client (`accord-postgres`) for, one request a frame: the
/// `Journal` protocol's operations, after the journal is opened (or, alone, `initialize`).
public enum JournalRequest: Codable, Sendable, Equatable {
  /// Opens the journal at `address` (its text, as given: no password is ever in it).
  case open(address: String, planIdentity: String, access: JournalAccess, corrections: CorrectionScope)
  /// `accord journal init`.
  case initialize(address: String, planIdentity: String, site: String?)
  case record(JournalUpdate)
  case updates(since: Day?)
  case reading(since: Day?)
  case readingAfter(Int)
  case changeToken
  case keep(UpdateList)
}

/// A request with what the asking process knows of the server's outage, so a new client goes
/// on from the same time (`ServerOutage`).
public struct JournalCall: Codable, Sendable, Equatable {
  public var request: JournalRequest
  public var outageSince: String?

  public init(_ request: JournalRequest, outageSince: String?) {
    self.request = request
    self.outageSince = outageSince
  }
}
