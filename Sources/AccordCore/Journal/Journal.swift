/// A store of updates shared by everyone following one plan. SQLite today; the screens and
/// commands see only this, so a shared server store can be added without touching them.
public protocol Journal: Sendable {
  /// Records `update` (validated beforehand) with its author and time; returns it as recorded.
  func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate
  /// Every update recorded on or after `since` (the whole journal for nil), oldest first.
  func updates(since: Day?) throws(JournalError) -> [JournalUpdate]
  /// Every update numbered after `number`, oldest first: what was recorded since the last read.
  func updates(after number: Int) throws(JournalError) -> [JournalUpdate]
  /// Changes whenever any process records an update; cheap enough to poll every second.
  func changeToken() throws(JournalError) -> Int
}

extension Journal {
  /// By reading everything: for a store that cannot ask for less.
  public func updates(after number: Int) throws(JournalError) -> [JournalUpdate] {
    try updates(since: nil).filter { ($0.id ?? 0) > number }
  }
}

/// What went wrong with a journal, said so a reader knows what to do.
public struct JournalError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
