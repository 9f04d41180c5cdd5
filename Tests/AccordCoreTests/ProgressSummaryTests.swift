import AccordCore
import Testing

@Suite struct ProgressSummaryTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.load(path: Fixture.path("minimal-plan.yaml"))
  }

  @Test func countsStatusesAndDeliverables() {
    let progress = ProgressSummary(plan: plan, on: Day(year: 2026, month: 11, day: 24))
    #expect(progress.total == 5)
    #expect(progress.count(.unknown) == 2)
    #expect(progress.count(.done) == 1)
    #expect(progress.count(.inProgress) == 1)
    #expect(progress.count(.continuous) == 1)
    #expect(progress.deliverables == 3)
    #expect(progress.deliverablesDone == 1)
    #expect(abs(progress.shareDone - 1.0 / 3.0) < 1e-9)
    #expect(progress.reported == 3)
  }

  @Test func aDeliverableIsOverdueOnlyOnceItsTargetYearHasPassed() {
    let lastDayOf2023 = ProgressSummary(plan: plan, on: Day(year: 2023, month: 12, day: 31))
    #expect(lastDayOf2023.overdue.isEmpty, "a target 'in 2023' is met until 31 December")
    let newYear = ProgressSummary(plan: plan, on: Day(year: 2024, month: 1, day: 1))
    #expect(newYear.overdue == ["1.2"])
  }

  @Test func doneAndTargetlessDeliverablesAreNeverOverdue() {
    let afterExpiry = ProgressSummary(plan: plan, on: Day(year: 2030, month: 1, day: 1))
    #expect(afterExpiry.overdue == ["1.2", "5.1"], "2.1 is done; continuous items never are")
  }

  @Test func rollsUpBySectorAndPillar() {
    let today = Day(year: 2026, month: 11, day: 24)
    let political = ProgressSummary(pillar: plan.pillars[0], on: today)
    let sectors = plan.pillars[0].sectors.map { ProgressSummary(sector: $0, on: today) }
    #expect(political.total == sectors.map(\.total).reduce(0, +))
    #expect(political.deliverablesDone == sectors.map(\.deliverablesDone).reduce(0, +))
    #expect(political.overdue == sectors.flatMap(\.overdue))
  }

  @Test func anEmptyGroupHasNoShareRatherThanADivisionByZero() {
    let empty = ProgressSummary([Commitment](), on: Day(year: 2024, month: 1, day: 1))
    #expect(empty.shareDone == 0)
  }
}
