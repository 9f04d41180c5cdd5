import AccordCore

/// How far off a meeting is, in words a briefing can use: an exact day gets a countdown, a
/// month or a year only is "date to be confirmed", no date at all is "date not set".
enum MeetingWhen {
  static func text(_ meeting: Meeting, schedule: Schedule) -> String {
    if meeting.status == .cancelled || meeting.status == .postponed {
      // Called off or put off: that is the news; a postponed one to a known day counts down.
      let label = statusLabel(meeting.status)
      guard meeting.status == .postponed, let days = schedule.daysUntil(meeting), days > 0 else { return label }
      return "\(label), \(countdown(days))"
    }
    guard let date = meeting.date else { return "date not set" }
    let today = schedule.today
    if meeting.isDueWithoutReport(on: today) { return statusLabel(meeting, today: today) }
    if let last = meeting.end ?? (date.isExactDay ? date.latestDay : nil), date.earliestDay <= today, today <= last {
      return "under way"
    }
    guard let days = schedule.daysUntil(meeting) else {
      return date.latestDay < today ? statusLabel(meeting, today: today) : "date to be confirmed"
    }
    return countdown(days)
  }

  /// `today`, `tomorrow`, `in 12 days`, `yesterday`, `12 days ago`.
  static func countdown(_ days: Int) -> String {
    switch days {
    case 0: "today"
    case 1: "tomorrow"
    case -1: "yesterday"
    case 2...: "in \(days) days"
    default: "\(-days) days ago"
    }
  }

  /// The date to its precision, spelled out: `2025-11-26 to 2025-11-28 (exact days)`.
  static func dateLine(_ meeting: Meeting) -> String {
    guard let date = meeting.date else { return "not set" }
    let span = meeting.end.map { "\(date) to \($0)" } ?? "\(date)"
    let precision =
      switch date {
      case .day: meeting.end == nil ? "exact day" : "exact days"
      case .month: "month only"
      case .year: "year only"
      }
    return "\(span) (\(precision))"
  }

  /// Its status in words; a planned meeting whose date has passed with no report says so.
  static func statusLabel(_ meeting: Meeting, today: Day) -> String {
    if meeting.isDueWithoutReport(on: today) { return "no report since due" }
    return statusLabel(meeting.status)
  }

  static func statusLabel(_ status: MeetingStatus) -> String {
    switch status {
    case .held: "held"
    case .planned: "planned"
    case .expected: "expected"
    case .notReported: "not reported"
    case .postponed: "postponed"
    case .cancelled: "cancelled"
    }
  }
}
