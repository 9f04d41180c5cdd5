/// A store of updates shared by everyone following one plan: an SQLite file or a PostgreSQL
/// server, opened by its `JournalAddress`; the screens and commands see only this.
public protocol Journal: Sendable {
  /// Records `update` (validated beforehand) with its author and time; returns it as recorded.
  func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate
  /// Every update recorded on or after `since` (the whole journal for nil), oldest first.
  func updates(since: Day?) throws(JournalError) -> [JournalUpdate]
  /// The same, with the rows that cannot be read as updates (left out of `updates`).
  func reading(since: Day?) throws(JournalError) -> JournalReading
  /// Every row numbered after `number`, read as `reading(since:)` reads them, oldest first: what
  /// was recorded since the last read.
  func reading(after number: Int) throws(JournalError) -> JournalReading
  /// Changes whenever any process records an update; cheap enough to poll every second. It is
  /// the journal's own watch: it throws `.gone` when the journal opened is no longer at its
  /// address (removed, or another put in its place), so a watcher opens it afresh.
  func changeToken() throws(JournalError) -> Int
  /// Adds updates recorded in another journal as they were there: numbers, authors, times
  /// (`accord journal copy`).
  func keep(_ updates: [JournalUpdate]) throws(JournalError)
}

extension Journal {
  /// A store whose every row is an update has nothing more to say.
  public func reading(since: Day?) throws(JournalError) -> JournalReading {
    JournalReading(updates: try updates(since: since))
  }

  /// By reading everything: for a store that cannot ask for less.
  public func reading(after number: Int) throws(JournalError) -> JournalReading {
    let all = try reading(since: nil)
    return JournalReading(updates: all.updates.filter { ($0.id ?? 0) > number }, unreadable: all.unreadable)
  }

  /// For a store that only records.
  public func keep(_ updates: [JournalUpdate]) throws(JournalError) {
    throw .unusable("this journal cannot take updates copied from another")
  }

  /// The updates of `reading(after:)`.
  public func updates(after number: Int) throws(JournalError) -> [JournalUpdate] {
    try reading(after: number).updates
  }
}
