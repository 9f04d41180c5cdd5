/// What went wrong with a journal, said so a reader knows what to do. Each case is one thing a
/// command or the dashboard acts on differently: `.missing` is no journal yet (reading shows no
/// updates), `.refused` is a data error (this update, not the journal), `.malformedAddress` is
/// a usage error, and the rest leave the journal unusable for now.
public enum JournalError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
  /// Nothing has been recorded at this address yet: no file there, or a server database without
  /// accord's schema.
  case missing(address: String)
  /// The journal opened is no longer at its address: removed, or another put in its place.
  case gone(address: String)
  /// `--journal`, `ACCORD_JOURNAL` or `journal:` is neither a file nor a server address.
  case malformedAddress(address: String, reason: String)
  /// Made by a newer accord: never read nor written by this one.
  case newerSchema(address: String, version: Int, known: Int)
  /// Another plan's journal.
  case otherPlan(address: String, recorded: String, expected: String)
  /// The update is wrong for this journal (it corrects an update that is not there, or one of
  /// another target, or is dated after today): a data error, like a refused field.
  case refused(JournalRefusal)
  /// The journal's or the server's own words alone (SQLite's, PostgreSQL's), or a sentence
  /// already in the reader's language: nothing can be recorded there now.
  case unusable(String)
  /// Something accord names keeps the journal at `address` from being used now.
  case trouble(address: String, JournalTrouble)
  /// The journal's server cannot be reached (or the connection was lost): an update may wait
  /// in the outbox until it can.
  case unreachable(JournalOutage)

  /// Whether the journal cannot be used at all, or is sound and refuses this update.
  public enum Kind: Sendable, Equatable {
    case unusable
    case refusal
  }

  /// For the many messages that are the journal's own words (SQLite's or PostgreSQL's).
  public init(_ description: String, kind: Kind = .unusable) {
    self = kind == .refusal ? .refused(.said(description)) : .unusable(description)
  }

  public var kind: Kind {
    if case .refused = self { return .refusal }
    return .unusable
  }

  public var description: String {
    switch self {
    case .missing(let address): "\(address): no journal here"
    case .gone(let address): "\(address): the journal is gone"
    case .malformedAddress(let address, let reason):
      "\(address): not a journal address: \(reason) (give a file, or postgresql://[user@]host[:port]/database)"
    case .newerSchema(let address, let version, let known):
      "\(address): the journal has schema version \(version); this accord reads up to \(known): use a newer accord"
    case .otherPlan(let address, let recorded, let expected):
      "\(address): this journal belongs to the plan '\(recorded)', not '\(expected)'; give the journal of this plan with --journal"
    case .unusable(let text): text
    // Typed: worded in AccordText (`message(in:)`), English included; here only as values, for logs.
    case .refused(let refusal): "refused: \(refusal)"
    case .trouble(let address, let trouble): "\(address): \(trouble)"
    case .unreachable(let outage): "unreachable: \(outage)"
    }
  }
}
