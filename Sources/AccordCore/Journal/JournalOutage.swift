/// Why a journal's server cannot be reached now, as values: AccordText words it in the reader's
/// language. `since` is when this process first found it out of reach (`14:05:09 UTC`), so
/// each failed attempt to reconnect is worded the same.
public struct JournalOutage: Sendable, Equatable, Codable {
  public enum Cause: Sendable, Equatable, Codable {
    /// No answer within `seconds`.
    case noAnswer(seconds: Int)
    /// The server ended the connection, in its own words.
    case ended(String)
    /// The connection was lost while listening: the watch reconnects.
    case lost
    /// No connection could be made: the network's words.
    case cannotReach(String)
    /// The PostgreSQL client (`accord-postgres`, at `client`) stopped under a call: killed,
    /// crashed or silent; the next call starts another.
    case clientStopped(client: String, reason: ClientStop)
  }

  public var server: String
  public var since: String
  public var cause: Cause

  public init(server: String, since: String, cause: Cause) {
    self.server = server
    self.since = since
    self.cause = cause
  }

}
