/// The plan's calendar seen from one day: countdowns, the share of the period gone, and the
/// meetings before and after that day.
public struct Schedule: Sendable {
  public let info: PlanInfo
  public let today: Day
  /// Meetings still to come (or under way today), soonest first; undated ones last.
  public let upcoming: [Meeting]
  /// Meetings that are over, most recent first.
  public let past: [Meeting]
  /// Meetings of other parties that bear on the plan: shown apart, never counted as its own.
  public let context: [Meeting]
  /// Planned or expected meetings whose date has passed with no report that they were held,
  /// soonest due first.
  public let dueWithoutReport: [Meeting]

  public init(plan: Plan, today: Day) {
    info = plan.info
    self.today = today
    var upcoming: [Meeting] = []
    var past: [Meeting] = []
    var context: [Meeting] = []
    for meeting in plan.meetings {
      if meeting.isContext {
        context.append(meeting)
        continue
      }
      // A meeting reported held is over even when no source gives its date; a dated one is
      // over after its last day (while under way, it is still to be seen).
      let over = Schedule.lastDay(of: meeting).map { $0 < today } ?? (meeting.status == .held)
      if over {
        past.append(meeting)
      } else {
        upcoming.append(meeting)
      }
    }
    self.context = context.sorted(.byLatestDay)
    self.dueWithoutReport = past.filter { $0.isDueWithoutReport(on: today) }.sorted(.byLatestDay)
    self.upcoming = upcoming.sorted(.byLatestDay)
    self.past = past.sorted(.mostRecentFirst)
  }

  /// Days from today to the end of the period (2027-12-31 for the bundled plan); negative once
  /// it has ended.
  public var daysToPeriodEnd: Int { today.days(until: info.periodEnd) }

  /// Days from today to the end of the legal validity; negative once expired.
  public var daysToValidityEnd: Int { today.days(until: info.validUntil) }

  public var phase: Phase {
    if today < info.signed { return .notYetSigned }
    if today <= info.periodEnd { return .running }
    if today <= info.validUntil { return .periodEnded }
    return .expired
  }

  public enum Phase: Sendable, Equatable {
    case notYetSigned, running, periodEnded, expired
  }

  /// Share of the period gone by the end of today, from 0 to 1.
  public var elapsedShare: Double {
    let length = info.periodStart.days(until: info.periodEnd) + 1
    let gone = info.periodStart.days(until: today) + 1
    return min(1, max(0, Double(gone) / Double(length)))
  }

  /// The next dated meeting still to come (one reported cancelled will not come).
  public var nextMeeting: Meeting? { upcoming.first { $0.date != nil && $0.status != .cancelled } }

  /// Days until a meeting starts, nil when its day is not known.
  public func daysUntil(_ meeting: Meeting) -> Int? {
    guard let date = meeting.date, date.isExactDay else { return nil }
    return today.days(until: date.earliestDay)
  }

  static func lastDay(of meeting: Meeting) -> Day? {
    meeting.end ?? meeting.date?.latestDay
  }

  /// `MeetingOrder.byLatestDay`, for lists merged from several plans.
  public static func byLatestDay(_ a: Meeting, _ b: Meeting) -> Bool { MeetingOrder.byLatestDay.isBefore(a, b) }

  /// The order of `past`: `MeetingOrder.mostRecentFirst`.
  public static func mostRecentFirst(_ a: Meeting, _ b: Meeting) -> Bool { MeetingOrder.mostRecentFirst.isBefore(a, b) }

}
