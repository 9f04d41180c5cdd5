/// What every output says about the plan as of one day: what is overdue, which meetings went
/// without a report, which come next, and what was reported since a day. Worked out once from
/// the plan as then seen (a `PlanView`'s), so the watch list, the overview, `check`, the
/// calendar and every briefing format state the same facts and the same counts.
public struct PlanFacts: Sendable {
  /// Deliverables and milestones past their due date without a report that they were done,
  /// longest overdue first: a commitment with overdue milestones is overdue through each.
  public let overdue: [OverdueFact]
  /// The plan's own meetings whose last possible day has passed with no report that they were
  /// held, or that a source gives as not reported; by date, then id.
  public let meetingsWithoutReport: [Meeting]
  /// The plan's own meetings still to come (one called off says so), soonest first; those
  /// with no day yet (a month, a year or no date at all) after the dated ones, as `Schedule`
  /// orders them.
  public let nextMeetings: [Meeting]
  /// The commitments overdue themselves or through a milestone: the overview's count.
  public var overdueCommitments: Int { Set(overdue.map(\.commitmentID)).count }
  private let plan: Plan
  private let today: Day

  public init(plan: Plan, schedule: Schedule, today: Day) {
    self.plan = plan
    self.today = today
    overdue = plan.commitments.flatMap { OverdueFact.items(of: $0, on: today) }
      .sorted { ($1.daysOverdue, $0.id) < ($0.daysOverdue, $1.id) }
    meetingsWithoutReport = plan.meetings
      .filter { !$0.isContext && ($0.isDueWithoutReport(on: today) || ($0.status == .notReported && $0.date != nil)) }
      .sorted(.chronological)
    nextMeetings = schedule.upcoming
  }

  /// What was reported from `since` to the day: evidence dated then (a partial date counts when
  /// it can fall then) or recorded in the journal then, for commitments, milestones and
  /// meetings (held, put off, called off or dated anew), and meetings held then; newest first.
  public func reported(since: Day) -> [ReportedFact] {
    var items: [ReportedFact] = []
    for commitment in plan.commitments {
      for evidence in commitment.evidence where isReported(evidence.date, evidence.recording, from: since) {
        items.append(ReportedFact(subject: .commitment, id: commitment.id, evidence))
      }
      for milestone in commitment.milestones {
        for evidence in milestone.evidence where isReported(evidence.date, evidence.recording, from: since) {
          items.append(ReportedFact(subject: .milestone, id: milestone.id, evidence))
        }
      }
    }
    for meeting in plan.meetings {
      // A new date for a meeting is news from the day it became known, whatever that date.
      let news = meeting.evidence.filter {
        $0.isKnown(on: today) && (since <= $0.knownFrom || isReported($0.date, $0.recording, from: since))
      }
      items += news.map { ReportedFact(meeting: meeting, $0) }
      // A meeting the file gives as held, with no report of its own that says so.
      guard meeting.status == .held, !news.contains(where: { $0.status == .held }), let date = meeting.date,
        PlanFacts.isWithin(date, from: since, to: today)
      else { continue }
      items.append(ReportedFact(heldMeeting: meeting, on: date))
    }
    return items.sorted { a, b in a.date != b.date ? b.date < a.date : a.id < b.id }
  }

  private func isReported(_ date: PlanDate, _ recording: Recording?, from since: Day) -> Bool {
    if PlanFacts.isWithin(date, from: since, to: today) { return true }
    guard let recorded = recording?.day else { return false }
    return since <= recorded && recorded <= today && date.earliestDay <= today
  }

  /// A date that can fall from `since` to `today`: "2026-11" counts for a `since` of 2026-11-15.
  static func isWithin(_ date: PlanDate, from since: Day, to today: Day) -> Bool {
    date.latestDay >= since && date.earliestDay <= today
  }

}
