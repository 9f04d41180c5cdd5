import AccordCore
import Testing

@Suite struct ScheduleTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.load(path: Fixture.path("minimal-plan.yaml"))
  }

  func schedule(_ iso: String) -> Schedule { Schedule(plan: plan, today: Day(iso: iso)!) }

  @Test func countsDownToThePeriodEndAndTheValidityEnd() {
    let briefing = schedule("2026-11-24")
    #expect(briefing.daysToPeriodEnd == 402)
    #expect(briefing.daysToValidityEnd == 446)
    #expect(briefing.phase == .running)
    #expect(schedule("2027-12-31").daysToPeriodEnd == 0)
  }

  @Test func beforeSigningTheCountdownIsLongerThanThePeriod() {
    let before = schedule("2022-12-01")
    #expect(before.phase == .notYetSigned)
    #expect(before.elapsedShare == 0)
    #expect(before.daysToPeriodEnd == 1856)
  }

  @Test func afterExpiryTheCountdownsGoNegative() {
    let between = schedule("2028-01-10")
    #expect(between.phase == .periodEnded)
    #expect(between.daysToPeriodEnd == -10)
    let after = schedule("2028-02-14")
    #expect(after.phase == .expired)
    #expect(after.daysToValidityEnd == -1)
    #expect(after.elapsedShare == 1)
  }

  @Test func elapsedShareCountsLeapDays() {
    // The period has 1826 days (2024 is leap); 731 of them are gone at the end of 2024.
    let endOf2024 = schedule("2024-12-31")
    #expect(abs(endOf2024.elapsedShare - 731.0 / 1826.0) < 1e-9)
  }

  @Test func splitsMeetingsIntoPastAndUpcomingInSensibleOrder() {
    let briefing = schedule("2026-11-24")
    #expect(briefing.past.map(\.id) == ["asean-49", "jc-15", "jtc-3"], "most recent first")
    // The ASEAN summit ended on 12 Nov; the year-only 2026 visit may still come (by the
    // end of the year, so after 15 December); undated meetings come last.
    #expect(briefing.upcoming.map(\.id) == ["jbc", "king-visit", "asean-50", "jc-16"])
    #expect(briefing.nextMeeting?.id == "jbc")
    #expect(briefing.daysUntil(briefing.upcoming[0]) == 21)
    #expect(briefing.daysUntil(briefing.upcoming[1]) == nil, "only a year is known")
  }

  @Test func aMeetingUnderWayIsStillUpcoming() {
    let during = schedule("2025-11-27")
    #expect(during.upcoming.first?.id == "jc-15")
    #expect(during.daysUntil(during.upcoming[0]) == -1)
  }

  @Test func aMeetingReportedHeldIsPastEvenWithoutADate() {
    var plan = plan
    plan.meetings.append(
      Meeting(id: "jtc-2", title: "2nd JTC", type: .jointTradeCommission, date: nil, status: .held, source: "AKP"))
    let briefing = Schedule(plan: plan, today: Day(year: 2026, month: 11, day: 24))
    #expect(!briefing.upcoming.contains { $0.id == "jtc-2" })
    #expect(briefing.past.last?.id == "jtc-2", "after every dated one")
    #expect(briefing.past.first?.id == "asean-49")
  }
}
