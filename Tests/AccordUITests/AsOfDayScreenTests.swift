import AccordCore
import Testing

@testable import AccordUI

/// What the dashboard shows for a day follows only from sources dated on or before it.
@Suite struct AsOfDayScreenTests {
  func state(_ route: Route, on day: String, width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(plan: Briefing.plan, today: Day(iso: day)!, size: TerminalSize(width: width, height: height))
    let shown = state.show(route)
    #expect(shown, "cannot show \(route)")
    return state
  }

  @Test func aCommitmentIsDoneOnlyFromTheDayItsSourceIsDated() {
    // 9.1: the agriculture MoU was signed on 2024-12-04; the first source, KPL, is of the 6th.
    let before = render(state(.commitment("9.1"), on: "2023-06-01"), 120, 40)
    expectScreen(before, shows: ["Status: ? no report", "Evidence (0)"])
    expectScreen(render(state(.commitment("9.1"), on: "2024-12-05"), 120, 40), shows: ["Status: ? no report"])
    expectScreen(
      render(state(.commitment("9.1"), on: "2024-12-06"), 120, 40), shows: ["Status: ✓ done", "Evidence (1)"])
  }

  @Test func beforeSigningTheOverviewShowsNothingDone() {
    let screen = render(state(.overview, on: "2020-01-01", width: 80, height: 24), 80, 24)
    expectScreen(screen, shows: ["deliverables ░░░░░░░░░░░░░ 0% done (0/30)"])
    #expect(!screen.text.contains("✓ done                1"))
  }

  @Test func aStatusRestingOnlyOnReportedEvidenceSaysSo() {
    // 12.4's only report is an aggregator's, with an inferred year.
    expectScreen(
      render(state(.commitment("12.4"), on: "2026-11-24"), 120, 40), shows: ["Status: ◐ in progress (reported)"])
    expectScreen(render(state(.commitment("17.6"), on: "2026-11-24"), 120, 40), shows: ["Status: ✓ done"])
    // Its 2023 report of talks is reported only; the signing that makes it done is confirmed.
    #expect(
      !render(state(.commitment("17.6"), on: "2026-11-24"), 120, 40).lines.contains {
        $0.contains("Status:") && $0.contains("(reported)")
      })
    expectScreen(
      render(state(.commitment("17.6"), on: "2024-06-01"), 120, 40), shows: ["Status: ◐ in progress (reported)"])
  }

  @Test func milestonesAreOverdueEachOnItsOwnDate() {
    // 8.4: the prosecutors' visit was due in 2023, the seminar in 2024.
    let early = render(state(.commitment("8.4"), on: "2023-12-31"), 120, 40)
    expectScreen(early, shows: ["Overdue: no", "Milestones (3)"])
    let between = render(state(.commitment("8.4"), on: "2024-06-01"), 120, 40)
    expectScreen(
      between, shows: ["Overdue: ! yes, target 2023 passed 153 days ago", "8.4a    due 2023            ! overdue"])
    #expect(!between.text.contains("8.4b    due 2024            ! overdue"))
    expectScreen(
      render(state(.commitment("8.4"), on: "2025-01-01"), 120, 40), shows: ["8.4b    due 2024            ! overdue"])
  }

  @Test func aMeetingMarkedNotReportedWasStillPlannedBeforeItsDate() {
    expectScreen(render(state(.meeting("central-banks-2025"), on: "2025-06-01"), 120, 40), shows: ["Status: planned"])
    expectScreen(
      render(state(.meeting("central-banks-2025"), on: "2026-01-01"), 120, 40), shows: ["Status: not reported"])
  }

  @Test func aPlannedMeetingPastItsDateWithoutAReportIsFlagged() {
    // The central banks' meeting of 2026 is planned for "2026"; once 2026 is over with no report it is flagged.
    expectScreen(render(state(.meeting("central-banks-2026"), on: "2026-11-24"), 120, 40), shows: ["Status: planned"])
    let after = render(state(.meeting("central-banks-2026"), on: "2027-01-02"), 120, 40)
    expectScreen(after, shows: ["Status: no report since due", "When: no report since due"])
    let timeline = render(state(.timeline, on: "2027-01-02"), 120, 40)
    #expect(
      timeline.lines.contains {
        $0.contains("Annual bilateral meeting of the Bank") && $0.contains("2026")
          && $0.hasSuffix("no report since due")
      })
    // The 49th ASEAN Summit, marked not reported, says so rather than how long ago it was due.
    #expect(timeline.lines.contains { $0.contains("49th ASEAN Summit") && $0.hasSuffix("not reported") })
  }
}
