/// The first day a report can be known: nothing is known before the date of its source, and
/// what a source dated only to a month or a year says is known from the end of that month or
/// year: a visit "in June 2023" is not news on 1 June. Without a date of its own, a source is
/// taken to be as late as the end of what it reports. A report recorded in the journal is
/// known from the day it was recorded when that is earlier.
public enum KnownDay {
  /// A report of what happened (a commitment's progress): from its source's date, or the day
  /// it was recorded, but never before the first day it can have happened.
  public static func of(_ date: PlanDate, published: PlanDate? = nil, recordedOn recorded: Day?) -> Day {
    let source = published.map { max($0.latestDay, date.earliestDay) } ?? date.latestDay
    guard let recorded, recorded < source else { return source }
    return max(recorded, date.earliestDay)
  }

  /// News of a meeting, which may set a date still to come (planned anew, put off to March):
  /// from the day it was recorded (a postponement recorded in November is news from November).
  public static func ofMeetingNews(_ date: PlanDate, recordedOn recorded: Day?) -> Day {
    guard let recorded, recorded < date.latestDay else { return date.latestDay }
    return recorded
  }
}
