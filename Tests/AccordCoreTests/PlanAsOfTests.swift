import AccordCore
import Testing

/// What the plan shows for a day follows only from sources dated on or before it.
@Suite struct PlanAsOfTests {
  static func day(_ text: String) -> Day { Day(iso: text)! }

  static func plan(_ commitments: [Commitment], meetings: [Meeting] = []) -> Plan {
    let info = PlanInfo(
      title: "T", shortTitle: "T", parties: ["A", "B"], signed: day("2023-02-13"), signedAt: nil, signatories: [],
      periodStart: day("2023-01-01"), periodEnd: day("2027-12-31"), validUntil: day("2028-02-13"), source: nil)
    return Plan(
      info: info,
      pillars: [Pillar(id: "I", name: "P", sectors: [Sector(id: "9", name: "S", commitments: commitments)])],
      meetings: meetings)
  }

  /// Like 9.1 of the bundled plan: reported in progress in 2024-06, done on 2024-12-04.
  static let agriculture = Commitment(
    id: "9.1", text: "Signing the MoU", kind: .deliverable, target: Target(.year(2024)), status: .done,
    evidence: [
      Evidence(date: .month(year: 2024, month: 6), summary: "Draft agreed", source: "KPL", status: .inProgress),
      Evidence(date: .day(year: 2024, month: 12, day: 4), summary: "MoU signed", source: "KPL", status: .done),
    ])

  func status(_ commitment: Commitment, on text: String) -> CommitmentStatus {
    Self.plan([commitment]).asOf(Self.day(text)).commitments[0].status
  }

  @Test func aStatusIsTheOneTheNewestReportKnownThatDayShows() {
    #expect(status(Self.agriculture, on: "2023-06-01") == .unknown)
    #expect(status(Self.agriculture, on: "2024-05-31") == .unknown)
    // A month is known from its last day: what happened "in June" may be news on 30 June.
    #expect(status(Self.agriculture, on: "2024-06-29") == .unknown)
    #expect(status(Self.agriculture, on: "2024-06-30") == .inProgress)
    #expect(status(Self.agriculture, on: "2024-12-03") == .inProgress)
    #expect(status(Self.agriculture, on: "2024-12-04") == .done)
    #expect(status(Self.agriculture, on: "2026-11-25") == .done)
  }

  /// Like 17.6: a pledge in 2023 supports no status; the agreement was signed in December 2024.
  @Test func aReportThatSupportsNoStatusNeverTakesTheFilesFinalWord() {
    let taxation = Commitment(
      id: "9.6", text: "Negotiating the agreement", kind: .deliverable, status: .done,
      evidence: [
        Evidence(
          date: .day(year: 2023, month: 5, day: 4), summary: "Leaders pledged to fast-track talks", source: "VT"),
        Evidence(date: .day(year: 2024, month: 12, day: 4), summary: "Agreement signed", source: "LT", status: .done),
      ])
    #expect(status(taxation, on: "2024-06-01") == .unknown)
    #expect(status(taxation, on: "2024-12-04") == .done)
    var talks = taxation
    talks.evidence[0].status = .inProgress
    #expect(status(talks, on: "2024-06-01") == .inProgress)
  }

  @Test func laterReportsAreNotShownAndOverdueFollowsTheDay() {
    let early = Self.plan([Self.agriculture]).asOf(Self.day("2024-07-01")).commitments[0]
    #expect(early.evidence.map(\.summary) == ["Draft agreed"])
    #expect(!early.isOverdue(on: Self.day("2024-07-01")))
    // Not done by the end of its target year, though done later.
    let january = Self.day("2025-01-01")
    #expect(!Self.plan([Self.agriculture]).asOf(january).commitments[0].isOverdue(on: january))
    let late = Commitment(
      id: "9.2", text: "x", kind: .deliverable, target: Target(.year(2023)), status: .done,
      evidence: [Evidence(date: .year(2025), summary: "done", source: "S", status: .done)])
    let y2024 = Self.day("2024-06-01")
    #expect(Self.plan([late]).asOf(y2024).commitments[0].isOverdue(on: y2024))
  }

  @Test func beforeSigningNothingIsDone() {
    let summary = ProgressSummary(
      plan: Self.plan([Self.agriculture]).asOf(Self.day("2020-01-01")), on: Self.day("2020-01-01"))
    #expect(summary.deliverablesDone == 0)
    #expect(summary.count(.unknown) == 1)
  }

  @Test func aStatusRestingOnlyOnReportedEvidenceSaysSo() {
    let bridge = Commitment(
      id: "9.3", text: "Bridge", kind: .deliverable, status: .inProgress,
      evidence: [
        Evidence(date: .year(2025), summary: "Talks", source: "aggregator", confidence: .reported, status: .inProgress)
      ])
    let seen = Self.plan([bridge]).asOf(Self.day("2026-01-01"))
    #expect(seen.commitments[0].statusConfidence == .reported)
    #expect(ProgressSummary(plan: seen, on: Self.day("2026-01-01")).reportedOnly == 1)
    var confirmed = bridge
    confirmed.evidence.append(Evidence(date: .year(2025), summary: "Met", source: "KPL", status: .inProgress))
    #expect(Self.plan([confirmed]).asOf(Self.day("2026-01-01")).commitments[0].statusConfidence == .confirmed)
  }

  /// Like 8.4: a visit in 2023, a seminar in 2024.
  static func prosecutors(visit: [Evidence], seminar: [Evidence]) -> Commitment {
    Commitment(
      id: "8.4", text: "Visit and seminar", kind: .deliverable, status: .unknown,
      milestones: [
        Milestone(
          id: "8.4a", what: "visit", due: Due(target: Target(.year(2023))), status: visit.isEmpty ? .unknown : .done,
          evidence: visit),
        Milestone(
          id: "8.4b", what: "seminar", due: Due(target: Target(.year(2024))),
          status: seminar.isEmpty ? .unknown : .done, evidence: seminar),
      ])
  }

  @Test func eachMilestoneIsOverdueOnItsOwnDate() {
    let commitment = Self.prosecutors(visit: [], seminar: [])
    let d2024 = Self.day("2024-01-01")
    let seen = Self.plan([commitment]).asOf(d2024).commitments[0]
    #expect(seen.overdueMilestones(on: d2024).map(\.id) == ["8.4a"])
    #expect(seen.isOverdue(on: d2024))
    #expect(!seen.isOverdue(on: Self.day("2023-12-31")))
    let summary = ProgressSummary(
      plan: Self.plan([commitment]).asOf(Self.day("2025-01-01")), on: Self.day("2025-01-01"))
    #expect(summary.overdueMilestones == ["8.4a", "8.4b"])
    #expect(summary.milestones == 2)
  }

  @Test func aCommitmentIsDoneWhenItsMilestonesAre() {
    let visit = [Evidence(date: .month(year: 2023, month: 5), summary: "visit", source: "S", status: .done)]
    let seminar = [
      Evidence(
        date: .month(year: 2024, month: 9), summary: "seminar", source: "S", confidence: .reported, status: .done)
    ]
    let commitment = Self.prosecutors(visit: visit, seminar: seminar)
    #expect(status(commitment, on: "2023-04-30") == .unknown)
    #expect(status(commitment, on: "2023-06-01") == .inProgress)
    let done = Self.plan([commitment]).asOf(Self.day("2024-10-01")).commitments[0]
    #expect(done.status == .done)
    #expect(done.statusConfidence == .reported)
    #expect(!done.isOverdue(on: Self.day("2024-10-01")))
  }

  @Test func anAgreedDateIsNeverPlainlyOverdue() {
    let jtc = Milestone(id: "16.3a", what: "3rd JTC", due: Due(target: Target(.year(2023)), agreedDateAllowed: true))
    let someday = Milestone(id: "16.3b", what: "forum", due: Due(target: nil))
    #expect(jtc.dueState(on: Self.day("2023-06-01")) == .open)
    #expect(jtc.dueState(on: Self.day("2024-01-01")) == .datePassedAgreedDateAllowed)
    #expect(someday.dueState(on: Self.day("2030-01-01")) == .open)
    #expect(someday.due.description == "agreed")
  }

  static let jc = Meeting(
    id: "jc-15", title: "15th JC", type: .jointCommission, date: .day(year: 2025, month: 11, day: 26),
    end: Self.day("2025-11-28"), status: .held, source: "KPL, 2025-11-28",
    announced: Announcement(date: .day(year: 2025, month: 10, day: 1), source: "MOFA, 2025-10-01"))
  static let summit = Meeting(
    id: "asean-49", title: "49th ASEAN Summit", type: .asean, date: .day(year: 2026, month: 11, day: 10),
    end: Self.day("2026-11-12"), status: .planned, source: "ASEAN")
  static let party = Meeting(
    id: "vn-la", title: "Vietnam-Laos party meeting", type: .other, date: .month(year: 2027, month: 2),
    status: .planned,
    source: "VNA", isContext: true)

  @Test func aMeetingIsNotHeldBeforeItBeginsAndShowsItsAnnouncementUntilThen() {
    let plan = Self.plan([], meetings: [Self.jc])
    #expect(plan.asOf(Self.day("2025-09-30")).meetings.isEmpty)
    let announced = plan.asOf(Self.day("2025-11-25")).meetings[0]
    #expect(announced.status == .planned)
    #expect(announced.source == "MOFA, 2025-10-01", "its report of the 28th is not yet known")
    #expect(plan.asOf(Self.day("2025-11-26")).meetings[0].status == .held)
    var unannounced = Self.jc
    unannounced.announced = nil
    #expect(
      Self.plan([], meetings: [unannounced]).asOf(Self.day("2025-11-27")).meetings.isEmpty,
      "first reported on its last day")
    #expect(Self.plan([], meetings: [unannounced]).asOf(Self.day("2025-11-28")).meetings[0].status == .held)
  }

  @Test func aMeetingNotReportedWasStillPlannedUntilItsDatePassed() {
    var jtc = Self.summit
    jtc.status = .notReported
    let plan = Self.plan([], meetings: [jtc])
    #expect(plan.asOf(Self.day("2026-11-12")).meetings[0].status == .planned)
    #expect(plan.asOf(Self.day("2026-11-13")).meetings[0].status == .notReported)
  }

  @Test func aPlannedMeetingPastItsDateWithoutAReportIsFlagged() {
    let plan = Self.plan([], meetings: [Self.jc, Self.summit, Self.party])
    #expect(Schedule(plan: plan, today: Self.day("2026-11-12")).dueWithoutReport.isEmpty)
    let after = Schedule(plan: plan, today: Self.day("2026-11-25"))
    #expect(after.dueWithoutReport.map(\.id) == ["asean-49"])
    #expect(!Self.jc.isDueWithoutReport(on: Self.day("2026-11-25")))
  }

  @Test func contextMeetingsAreKeptApartAndNeverTheNextMeeting() {
    let schedule = Schedule(plan: Self.plan([], meetings: [Self.jc, Self.party]), today: Self.day("2026-01-01"))
    #expect(schedule.context.map(\.id) == ["vn-la"])
    #expect(schedule.upcoming.isEmpty)
    #expect(schedule.nextMeeting == nil)
    #expect(schedule.past.map(\.id) == ["jc-15"])
  }
}
