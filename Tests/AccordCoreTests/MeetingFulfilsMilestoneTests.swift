import AccordCore
import Testing

/// A meeting the text schedules is a meeting on the timeline tied to the milestone it is
/// (`fulfils: 16.3b`): once it is held, on file or in the journal, the milestone is done.
@Suite struct MeetingFulfilsMilestoneTests: MinimalPlanEditing {
  let good: String

  init() throws { good = try Fixture.text("minimal-plan.yaml") }

  static func day(_ text: String) -> Day { Day(iso: text)! }

  /// 16.3 with its 2024 JTC as a milestone, and the meeting that is that JTC.
  static func plan(_ jtc: Meeting) -> Plan {
    let trade = Commitment(
      id: "16.3", text: "the annual Joint Trade Commission (JTC) Meeting", kind: .deliverable, status: .unknown,
      milestones: [Milestone(id: "16.3b", what: "the annual JTC, 2024", due: Due(target: Target(.year(2024))))])
    return PlanAsOfTests.plan([trade], meetings: [jtc])
  }

  static let jtc2024 = Meeting(
    id: "jtc-2024", title: "Annual JTC, 2024", type: .jointTradeCommission, date: .year(2024), status: .notReported,
    source: "Action Plan, item 16.3",
    announced: Announcement(date: .day(year: 2023, month: 2, day: 13), source: "Action Plan"),
    fulfils: "16.3b")

  static func milestone(_ plan: Plan, on text: String) -> (Milestone, Commitment) {
    let commitment = plan.asOf(day(text)).commitments[0]
    return (commitment.milestones[0], commitment)
  }

  @Test func aMeetingHeldOnFileCompletesItsMilestoneFromTheDayItIsKnown() {
    var held = Self.jtc2024
    held.date = .day(year: 2024, month: 9, day: 10)
    held.status = .held
    held.source = "KPL, 2024-09-11"
    held.published = .day(year: 2024, month: 9, day: 11)
    held.confidence = .reported
    let plan = Self.plan(held)
    #expect(Self.milestone(plan, on: "2024-09-09").0.status == .unknown)
    #expect(Self.milestone(plan, on: "2024-09-09").1.status == .unknown)
    let (milestone, commitment) = Self.milestone(plan, on: "2024-09-10")
    #expect(milestone.status == .done)
    #expect(milestone.statusConfidence == .reported)
    #expect(commitment.status == .done && commitment.isReportedOnly)
    #expect(milestone.dueState(on: Self.day("2025-01-01")) == .met)
  }

  @Test func aMeetingRecordedHeldInTheJournalCompletesItsMilestone() {
    let plan = Self.plan(Self.jtc2024)
    // Without a report it is overdue once 2024 has passed.
    #expect(Self.milestone(plan, on: "2025-01-01").0.dueState(on: Self.day("2025-01-01")) == .overdue)
    let update = JournalUpdate(
      targetKind: .meeting, targetID: "jtc-2024", status: "held", date: .day(year: 2024, month: 11, day: 20),
      source: "Laotian Times, 2024-11-21",
      recording: Recording(author: "somchai", recordedAt: "2024-11-21T03:00:00Z", journalID: 1))
    let merged = plan.merging([update])
    #expect(Self.milestone(merged, on: "2024-11-19").0.status == .unknown)
    let (milestone, commitment) = Self.milestone(merged, on: "2024-11-20")
    #expect(milestone.status == .done && milestone.statusConfidence == .confirmed)
    #expect(commitment.status == .done && !commitment.isReportedOnly)
    // The view a dashboard builds from the last one when the update arrives says the same.
    let before = PlanView(merge: JournalMerge(planFile: plan), today: Self.day("2025-01-01"))
    var merge = JournalMerge(planFile: plan)
    merge.add([update])
    #expect(PlanView(merge: merge, after: before).plan.commitments[0].status == .done)
  }

  @Test func aMeetingThatIsNotHeldLeavesItsMilestoneAlone() {
    var planned = Self.jtc2024
    planned.status = .planned
    #expect(Self.milestone(Self.plan(planned), on: "2026-01-01").0.status == .unknown)
  }

  @Test func fulfilsMustNameAMilestoneOfThePlan() {
    // Appended to the fixture's list of meetings.
    let text =
      good + """
          - id: jtc-2024
            title: "Annual JTC, 2024"
            type: joint-trade-commission
            status: planned
            source: "Action Plan"
            fulfils: 16.3b

        """
    let found = problems(text)
    #expect(found.count == 1)
    #expect(
      found.first?.hasSuffix("meeting 'jtc-2024' fulfils milestone '16.3b', which the plan does not have") == true,
      "\(found)")
    #expect(found.first?.hasPrefix("plan.yaml:") == true)
  }

  @Test func theBundledPlanHasAJTCMeetingForEachOf163sMilestones() throws {
    let plan = try PlanLoader.bundled()
    let milestones = plan.commitment(id: "16.3")!.milestones.map(\.id)
    let fulfilled = plan.meetings.filter { $0.type == .jointTradeCommission }.compactMap(\.fulfils)
    #expect(fulfilled == milestones)
  }
}
