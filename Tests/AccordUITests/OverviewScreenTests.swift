import AccordCore
import Testing

@testable import AccordUI

@Suite struct OverviewScreenTests {
  let plan = Briefing.plan

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func showsAllFivePillarsByName(size: [Int]) {
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    expectScreen(screen, shows: ["I Political", "II Defence and Secur", "III Economic and Te", "IV Socio-Cultural", "V Multilateral"])
    expectFits(screen)
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theCountdownCountsDaysToThePeriodEndAndTheValidityEnd(size: [Int]) {
    let today = Briefing.today
    let toPeriodEnd = today.days(until: plan.info.periodEnd)
    let toValidityEnd = today.days(until: plan.info.validUntil)
    #expect(toPeriodEnd == 402)
    #expect(toValidityEnd == 446)
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    expectScreen(screen, shows: ["\(toPeriodEnd) days to period end 2027-12-31", "valid until 2028-02-13, \(toValidityEnd) days", "today 2026-11-24"])
  }

  @Test func theHeaderShowsThePaceAndTheNextMeeting() {
    let schedule = Schedule(plan: plan, today: Briefing.today)
    let total = ProgressSummary(plan: plan, on: Briefing.today)
    let screen = render(Briefing.state(width: 120, height: 40), 120, 40)
    let elapsed = Int((schedule.elapsedShare * 100).rounded())
    let done = Int((total.shareDone * 100).rounded())
    expectScreen(screen, shows: [
      "\(elapsed)% gone", "\(done)% done (\(total.deliverablesDone)/\(total.deliverables))", "behind the calendar",
      "Next meeting: 2026, date to be confirmed", schedule.nextMeeting!.title.prefix(30).description,
    ])
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func eachPaneShowsItsDeliverablesFigureAndOverdueCount(size: [Int]) {
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    for pillar in plan.pillars {
      let summary = ProgressSummary(pillar: pillar, on: Briefing.today)
      let figure = summary.deliverables == 0 ? "no deliverables" : Gauge.figure(done: summary.deliverablesDone, of: summary.deliverables)
      expectScreen(screen, shows: [figure])
    }
    expectScreen(screen, shows: ["1/5 20%", "2/17 12%", "! 2 overdue", "16 Trade and", "8 Law and Judicial"])
  }

  @Test func everyStatusCountHasAGlyphAndALabelAtEightyByTwentyFour() {
    let screen = render(Briefing.state(), 80, 24)
    expectScreen(screen, shows: ["✓ done", "◐ in progress", "↻ continuous", "○ not started", "? no report"])
  }

  @Test func theFirstPillarStartsSelectedWithADoubleBorderAndAMarker() {
    let screen = render(Briefing.state(), 80, 24)
    expectScreen(screen, shows: ["╔═ > I Political ═", "┌─ II Defence"])
    #expect(!screen.contains("> II Defence"))
  }

  @Test func movingTheSelectionMovesTheMarker() {
    var state = Briefing.state()
    _ = state.update(.key(.right))
    let screen = render(state, 80, 24)
    expectScreen(screen, shows: ["┌─ I Political ─", "╔═ > II Defence"])
  }

  @Test func wideTerminalsPutTheFivePanesInARowWithATimelineStrip() {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    let row = screen.row(of: "I Political")!
    for name in ["II Defence and Security", "III Economic and Technical", "IV Socio-Cultural", "V Multilateral"] {
      #expect(screen.lines[row].contains(name), "\(name) not in the row of panes:\n\(screen)")
    }
    expectScreen(screen, shows: ["Timeline (t)", "▼ today 2026-11-24", "2024", "2027", "◆ JC"])
  }

  @Test func smallTerminalsStackTheFivePillarsOneALine() {
    let screen = render(Briefing.state(width: 50, height: 14), 50, 14)
    expectFits(screen)
    for name in ["> I Political", "II Defence", "III Econ", "IV Socio", "V Multi"] {
      expectScreen(screen, shows: [name])
    }
  }

  @Test func asciiModeDrawsNothingButAscii() {
    for size in Briefing.sizes {
      let screen = render(Briefing.state(ascii: true, width: size.width, height: size.height), size.width, size.height)
      #expect(screen.text.allSatisfy { $0.isASCII }, "non-ASCII at \(size):\n\(screen)")
      expectScreen(screen, shows: ["#= > I Political =", "[x] done", "402 days"])
    }
  }

  @Test func eightyByTwentyFourMatchesTheRecordedScreen() {
    expectGolden(render(Briefing.state(), 80, 24), named: "overview-80x24")
    expectGolden(render(Briefing.state(ascii: true), 80, 24), named: "overview-80x24-ascii")
  }
}
