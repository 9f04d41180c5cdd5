/// Where updates are recorded: a SQLite file today, a shared server store later. Screens and
/// commands see only this, so a new store needs no change to them.
public protocol Journal: Sendable {
  /// Records `update` with `recording`'s author and time, and returns it as recorded (numbered).
  func record(_ update: JournalUpdate, by author: String, authorName: String?) throws -> JournalUpdate
  /// Every update recorded on or after `since` (all when nil), oldest first.
  func updates(since: PlanDate?) throws -> [JournalUpdate]
  /// Changes whenever any process records an update: cheap enough to poll every second.
  func changeToken() throws -> Int
}
