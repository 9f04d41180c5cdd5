import AccordCore
import Testing

@testable import AccordReport

/// The briefing's facts as of a day, from a small plan built here.
@Suite struct BriefingTests {
  static func evidence(
    _ date: String, _ confidence: Confidence = .confirmed, status: CommitmentStatus = .continuous,
    recordedAt: String? = nil
  ) -> Evidence {
    Evidence(
      date: PlanDate(iso: date)!, summary: "report of \(date)", source: "KPL, \(date)", confidence: confidence,
      status: status,
      recording: recordedAt.map { Recording(author: "somchai", recordedAt: $0) })
  }

  static let plan = Plan(
    info: PlanInfo(
      title: "Test Plan", shortTitle: "Test", parties: ["A", "B"], signed: Day(year: 2023, month: 2, day: 13),
      signedAt: nil, signatories: [], periodStart: Day(year: 2023, month: 1, day: 1),
      periodEnd: Day(year: 2027, month: 12, day: 31), validUntil: Day(year: 2028, month: 2, day: 13), source: nil),
    pillars: [
      Pillar(
        id: "I", name: "Political",
        sectors: [
          Sector(
            id: "1", name: "Foreign Affairs",
            commitments: [
              Commitment(
                id: "1.1", text: "Sign an MoU in 2024.", kind: .deliverable, target: Target(.year(2024)),
                carriers: ["Ministry of Foreign Affairs"]),
              Commitment(
                id: "1.2", text: "Promote ties.", kind: .continuous, status: .continuous,
                evidence: [evidence("2026-10", .reported)]),
            ])
        ]),
      Pillar(
        id: "II", name: "Defence",
        sectors: [
          Sector(
            id: "5", name: "Defence",
            commitments: [
              Commitment(
                id: "5.1", text: "A visit in 2023, a seminar.", kind: .deliverable,
                milestones: [
                  Milestone(id: "5.1a", what: "the visit", due: Due(target: Target(.year(2023)))),
                  Milestone(
                    id: "5.1b", what: "the seminar", due: Due(target: Target(.year(2024)), agreedDateAllowed: true)),
                  Milestone(
                    id: "5.1c", what: "the exercise", due: Due(target: Target(.year(2025))), status: .done,
                    evidence: [
                      evidence("2025-03-01", status: .done),
                      evidence("2020-01-01", status: .done, recordedAt: "2026-11-20T08:00:00Z"),
                    ]),
                ], carriers: ["Ministry of Defence"])
            ])
        ]),
    ],
    meetings: [
      Meeting(
        id: "jc", title: "Joint Commission", type: .jointCommission, date: .day(year: 2026, month: 11, day: 10),
        status: .held, sectors: ["all"], source: "KPL"),
      Meeting(
        id: "missed", title: "Sector meeting", type: .sectorMeeting, date: .month(year: 2026, month: 6),
        status: .planned, sectors: ["5"], source: "Plan"),
      Meeting(
        id: "soon", title: "Visit", type: .visit, date: .day(year: 2026, month: 12, day: 1), status: .planned,
        sectors: ["1"], source: "Plan"),
      Meeting(
        id: "other", title: "Summit of others", type: .asean, date: .month(year: 2026, month: 5), status: .expected,
        source: "News", isContext: true),
    ])

  let today = Day(year: 2026, month: 11, day: 24)

  @Test func countdownsAndPaceFollowTheDay() {
    let briefing = Briefing(plan: Self.plan, today: today)
    #expect(briefing.countdown.daysToPeriodEnd == 402)
    #expect(briefing.countdown.daysToValidityEnd == 446)
    #expect(briefing.countdown.phase == "running")
    #expect((briefing.pace.deliverables, briefing.pace.deliverablesDone) == (2, 0))
    #expect((briefing.pace.milestones, briefing.pace.milestonesDone) == (3, 1))
    #expect(briefing.since == Day(year: 2026, month: 10, day: 25), "30 days back by default")
  }

  @Test func overdueCountsDeliverablesAndMilestonesButNotAnAgreedDate() {
    let briefing = Briefing(plan: Self.plan, today: today)
    #expect(briefing.overdue.map(\.id) == ["5.1a", "1.1"], "longest overdue first")
    #expect(briefing.overdue.map(\.daysOverdue) == [1059, 693])
    let commitment = briefing.pillars[1].commitments[0]
    // Overdue through its milestone: its days are the milestone's, and only the milestone is listed.
    #expect(commitment.isOverdue && commitment.daysOverdue == 1059)
    #expect(commitment.targets == ["2023", "2024 or agreed", "2025"])
  }

  @Test func aStatusThatRestsOnlyOnReportedEvidenceSaysSo() {
    let briefing = Briefing(plan: Self.plan, today: today)
    let promoted = briefing.pillars[0].commitments[1]
    #expect(promoted.confidence == .reported)
    #expect(BriefingWording().status(promoted.status, promoted.confidence) == "continuous (reported only)")
    #expect(briefing.pillars[0].commitments[0].confidence == nil, "no report, no confidence")
    // Counted as such: the pillar table's count says how many of a status are reported only.
    #expect(BriefingWording().count(briefing.pillars[0], .continuous) == "1 (1 reported only)")
    #expect(BriefingWording().count(briefing.pillars[1], .done) == "0")
    #expect(MarkdownReport.render(briefing).contains("| 1 (1 reported only) |"))
    #expect(JSONReport.render(briefing).contains(#""reported_only": {"#))
  }

  @Test func reportedSinceTakesEvidenceThatCanFallInTheWindowAndJournalUpdatesByTheirRecording() {
    let briefing = Briefing(plan: Self.plan, today: today, since: Day(year: 2026, month: 10, day: 20))
    #expect(
      briefing.reportedSince.map(\.id) == ["jc", "1.2", "5.1c"], "newest first; evidence of 2020 recorded in November")
    #expect(briefing.reportedSince.map(\.subject) == [.meeting, .commitment, .milestone])
    #expect(briefing.reportedSince[2].evidence.recordedBy == "somchai")
    let later = Briefing(plan: Self.plan, today: today, since: Day(year: 2026, month: 10, day: 31))
    #expect(
      later.reportedSince.map(\.id) == ["jc", "1.2", "5.1c"], "a month counts while it can still fall in the window")
    let before = Briefing(
      plan: Self.plan, today: Day(year: 2026, month: 11, day: 14), since: Day(year: 2026, month: 10, day: 20))
    #expect(
      before.reportedSince.map(\.id) == ["jc", "1.2"], "a journal update recorded after the day is not yet known")
  }

  /// Issue 24: a journal update giving a meeting a new date is news, as a commitment's is.
  @Test func reportedSinceTakesAMeetingsUpdateFromTheJournal() {
    let update = JournalUpdate(
      id: 1, targetKind: .meeting, targetID: "missed", status: "planned", date: .month(year: 2027, month: 2),
      note: "dated anew",
      source: "KPL", recording: Recording(author: "somchai", recordedAt: "2026-11-20T08:00:00Z", journalID: 1))
    let view = PlanView(plan: Self.plan, updates: [update], today: today)
    let briefing = Briefing(view: view, since: Day(year: 2026, month: 11, day: 15))
    let news = briefing.reportedSince.first { $0.id == "missed" }
    #expect(news?.subject == .meeting && news?.evidence.recordedBy == "somchai", "\(briefing.reportedSince)")
    #expect(news?.evidence.summary == "Sector meeting: dated anew")
    // Dated anew, it is no longer overdue for a report but to come, with its month.
    #expect(!briefing.unreportedMeetings.contains { $0.id == "missed" })
    #expect(briefing.nextMeetings.map(\.id) == ["soon", "missed"])
  }

  @Test func aMeetingWithNoDayIsAmongTheNextMeetingsAfterTheDatedOnes() {
    var plan = Self.plan
    plan.meetings.append(
      Meeting(
        id: "undated", title: "Next Joint Commission", type: .jointCommission, date: nil, status: .expected,
        sectors: ["all"], source: "KPL"))
    let briefing = Briefing(plan: plan, today: today)
    #expect(briefing.nextMeetings.map(\.id) == ["soon", "undated"])
    #expect(BriefingWording().when(briefing.nextMeetings[1]) == "date not set")
  }

  @Test func meetingsToComeAndMeetingsDueWithoutAReport() {
    let briefing = Briefing(plan: Self.plan, today: today)
    #expect(briefing.nextMeetings.map(\.id) == ["soon"])
    #expect(briefing.nextMeetings[0].daysUntil == 7)
    #expect(briefing.unreportedMeetings.map(\.id) == ["missed"], "a context meeting is never the plan's to report")
    #expect(briefing.timeline.map(\.id) == ["other", "missed", "jc", "soon"])
  }

  @Test func aPillarOrAnAgencyNarrowsEverything() {
    let pillar = Briefing(plan: Self.plan, today: today, scope: BriefingScope(pillar: 1))
    #expect(pillar.pillars.map(\.id) == ["II"])
    #expect(pillar.overdue.map(\.id) == ["5.1a"])
    #expect(pillar.timeline.map(\.id) == ["missed", "jc"])
    let agency = Briefing(plan: Self.plan, today: today, scope: BriefingScope(agency: "foreign"))
    #expect(agency.pillars.flatMap(\.commitments).map(\.id) == ["1.1"])
    #expect(agency.nextMeetings.map(\.id) == ["soon"])
  }
}
