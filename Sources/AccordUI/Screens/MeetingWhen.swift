import AccordCore
import AccordLocalization

/// How far off a meeting is, in words a briefing can use: an exact day gets a countdown, a
/// month or a year only is "date to be confirmed", no date at all is "date not set".
enum MeetingWhen {
  static func text(_ meeting: Meeting, schedule: Schedule, writing: Writing = .english) -> String {
    if meeting.status == .cancelled || meeting.status == .postponed {
      // Called off or put off: that is the news; a postponed one to a known day counts down.
      let label = statusLabel(meeting.status, writing: writing)
      guard meeting.status == .postponed, let days = schedule.daysUntil(meeting), days > 0 else { return label }
      return "\(label), \(countdown(days, writing: writing))"
    }
    guard let date = meeting.date else { return writing.localized("date not set") }
    let today = schedule.today
    if meeting.isDueWithoutReport(on: today) { return statusLabel(meeting, today: today, writing: writing) }
    if let last = meeting.end ?? (date.isExactDay ? date.latestDay : nil), date.earliestDay <= today, today <= last {
      return writing.localized("under way")
    }
    guard let days = schedule.daysUntil(meeting) else {
      return date.latestDay < today
        ? statusLabel(meeting, today: today, writing: writing) : writing.localized("date to be confirmed")
    }
    return countdown(days, writing: writing)
  }

  /// `today`, `tomorrow`, `in 12 days`, `yesterday`, `12 days ago`.
  static func countdown(_ days: Int, writing: Writing = .english) -> String {
    switch days {
    case 0: writing.localized("today")
    case 1: writing.localized("tomorrow")
    case -1: writing.localized("yesterday")
    case 2...: writing.localized("in %d day", plural: "in %d days", count: days)
    default: writing.localized("%d day ago", plural: "%d days ago", count: -days)
    }
  }

  /// The date to its precision, spelled out: `2025-11-26 to 2025-11-28 (exact days)`.
  static func dateLine(_ meeting: Meeting, writing: Writing = .english) -> String {
    guard let date = meeting.date else { return writing.localized("not set", context: "date") }
    let span =
      meeting.end.map { Template.fill(writing.localized("%1$s to %2$s"), [writing.date(date), writing.day($0)]) }
      ?? writing.date(date)
    let precision =
      switch date {
      case .day: meeting.end == nil ? writing.localized("exact day") : writing.localized("exact days")
      case .month: writing.localized("month only")
      case .year: writing.localized("year only")
      }
    return "\(span) (\(precision))"
  }

  /// Its status in words; a planned meeting whose date has passed with no report says so.
  static func statusLabel(_ meeting: Meeting, today: Day, writing: Writing = .english) -> String {
    if meeting.isDueWithoutReport(on: today) { return writing.localized("no report since due") }
    return statusLabel(meeting.status, writing: writing)
  }

  static func statusLabel(_ status: MeetingStatus, writing: Writing = .english) -> String {
    status.label(in: writing)
  }
}
