/// When a meeting became known: no screen, count, briefing or calendar of an earlier day shows
/// it, so a meeting announced in 2026 is not "upcoming" on a day of 2023.
extension Meeting {
  /// The first day a source told of it: its announcement (the end of its month or year when
  /// the announcement is dated only so); else, for one the file gives as held, its first
  /// report: its source's date (`published`), else its last day, or a report in its
  /// `evidence` when that is earlier. Nil when no source gives a day (a meeting the file gives
  /// as planned with an undated source): it is then known on every day.
  public var knownFrom: Day? {
    var days: [Day]
    if let announced {
      days = [announced.date.latestDay]
    } else if status == .held {
      // Its source's date, never before it began; else, with no date of its own, its last day.
      let reported = published.map { max($0.latestDay, date?.earliestDay ?? $0.latestDay) } ?? end ?? date?.latestDay
      days = reported.map { [$0] } ?? []
    } else {
      return nil
    }
    days += evidence.map(\.knownFrom)
    return days.min()
  }

  public func isKnown(on day: Day) -> Bool { knownFrom.map { $0 <= day } ?? true }

  /// Planned, and its first source is dated after the meeting itself: it was never known in
  /// advance, so it could not have been planned (a held meeting reported afterwards is normal).
  public var isPlannedAfterTheFact: Bool {
    guard status == .planned, let known = knownFrom, let last = end ?? date?.latestDay else { return false }
    return known > last
  }
}
