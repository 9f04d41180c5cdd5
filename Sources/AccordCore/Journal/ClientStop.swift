/// Why the PostgreSQL client (`accord-postgres`) gave no answer to a call, as a value: AccordText
/// words it. A client never ends by itself while accord holds its input, so one that ended with
/// a status, or answered what accord cannot read, is broken (another program, another version);
/// one ended by a signal was killed or crashed, as a server's connection drops.
public enum ClientStop: Sendable, Equatable, Codable {
  case silent(seconds: Int)
  case garbled
  case exited(status: Int32)
  case signalled(Int32)
  /// Its connection closed, and it had not ended a moment later.
  case closed

  public var broken: Bool {
    switch self {
    case .garbled, .exited: true
    case .silent, .signalled, .closed: false
    }
  }
}
