/// The first day a report can be known. What a source dated only to a month or a year says
/// is known from the end of that month or year (it may have happened on its last day), never
/// before: a visit "in June 2023" is not news on 1 June. A report recorded in the journal is
/// known from the day it was recorded when that is earlier.
public enum KnownDay {
  /// A report of what happened (a commitment's progress): from the day it was recorded, but
  /// never before the first day it can have happened.
  public static func of(_ date: PlanDate, recordedOn recorded: Day?) -> Day {
    guard let recorded, recorded < date.latestDay else { return date.latestDay }
    return max(recorded, date.earliestDay)
  }

  /// News of a meeting, which may set a date still to come (planned anew, put off to March):
  /// from the day it was recorded (a postponement recorded in November is news from November).
  public static func ofMeetingNews(_ date: PlanDate, recordedOn recorded: Day?) -> Day {
    guard let recorded, recorded < date.latestDay else { return date.latestDay }
    return recorded
  }
}
