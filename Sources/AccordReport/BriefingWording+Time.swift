import AccordCore
import AccordLocalization
import AccordText

/// The briefing's words for time: countdowns, meetings' days and how far off they are.
extension BriefingWording {
  /// The two ends a briefing counts down to.
  enum End {
    case period, validity
  }

  /// `402 days to the period's end (2027-12-31)`, or how long ago it ended. The count is the
  /// first value of a counted text, the day the second, so a translation can put either first.
  func countdown(_ days: Int, to end: End, _ day: Day) -> String {
    let catalog = writing.catalog
    let (count, date) = (number(abs(days)), self.day(day))
    switch (end, days) {
    case (.period, 0): return fill(writing.localized("the period's end is today (%s)"), date)
    case (.validity, 0): return fill(writing.localized("the end of validity is today (%s)"), date)
    case (.period, 1...):
      return fill(
        catalog.localized(
          "%1$s day to the period's end (%2$s)", plural: "%1$s days to the period's end (%2$s)", count: days),
        count, date)
    case (.validity, 1...):
      return fill(
        catalog.localized(
          "%1$s day to the end of validity (%2$s)", plural: "%1$s days to the end of validity (%2$s)", count: days),
        count, date)
    case (.period, _):
      return fill(
        catalog.localized(
          "the period's end was %1$s day ago (%2$s)", plural: "the period's end was %1$s days ago (%2$s)", count: -days),
        count, date)
    case (.validity, _):
      return fill(
        catalog.localized(
          "the end of validity was %1$s day ago (%2$s)", plural: "the end of validity was %1$s days ago (%2$s)",
          count: -days),
        count, date)
    }
  }

  /// `2025-11-26 to 2025-11-28`, `date not set (expected 2026-09)`, `date not set`.
  func when(_ meeting: MeetingFacts) -> String {
    guard let date = meeting.date else { return writing.localized("date not set") }
    guard date.isExactDay else { return fill(writing.localized("date not set (expected %s)"), self.date(date)) }
    if let end = meeting.end, end != date.earliestDay {
      return fill(writing.localized("%1$s to %2$s", context: "days"), self.date(date), day(end))
    }
    return self.date(date)
  }

  /// `in 12 days`, `today`, `day not known`.
  func countdown(_ meeting: MeetingFacts) -> String {
    // Called off or put off is the news about a meeting to come, ahead of its countdown.
    if meeting.status == .cancelled { return meeting.status.label(in: writing) }
    if meeting.status == .postponed {
      guard let days = meeting.daysUntil, days > 0 else { return meeting.status.label(in: writing) }
      return writing.localized("postponed, in %d day", plural: "postponed, in %d days", count: days)
    }
    guard let days = meeting.daysUntil else { return writing.localized("day not known") }
    switch days {
    case ..<1:
      return meeting.end.map { _ in writing.localized("under way", context: "meeting") }
        ?? writing.localized("today", context: "meeting")
    case 1: return writing.localized("tomorrow", context: "meeting")
    default: return writing.localized("in %d day", plural: "in %d days", count: days)
    }
  }

  func meetingStatus(_ status: MeetingStatus) -> String { status.label(in: writing) }
}
