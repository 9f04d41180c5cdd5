import AccordCore
import Testing

@testable import AccordUI

@Suite struct PlansScreenTests {
  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func thePlansScreenShowsEachPlansFigures(size: [Int]) {
    let screen = render(FixturePlans.state(width: size[0], height: size[1]), size[0], size[1])
    expectScreen(screen, shows: ["Plans", "2 plans open", "FIXTURE A-B plan", "Days left", "Overdue"])
    expectGolden(screen, named: "plans-\(size[0])x\(size[1])")
  }

  @Test func enterOpensAPlanAndPComesBackToThePlans() {
    var state = FixturePlans.state()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    #expect(state.route == .overview)
    expectScreen(render(state, 80, 24), shows: ["FIXTURE A-B plan 2025-2029", "Fixture pillar one"])
    _ = state.update(.key(.character("P")))
    #expect(state.route == .plans)
    // The plans screen keeps its selection on the plan that was opened.
    #expect(state.position(for: .plans).selected == 1)
    _ = state.update(.key(.up))
    _ = state.update(.key(.enter))
    expectScreen(render(state, 80, 24), shows: ["Lao PDR"])
    // Esc at a plan's overview goes back to the plans.
    _ = state.update(.key(.escape))
    #expect(state.route == .plans)
  }

  @Test func eachPlanKeepsItsOwnScreens() {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))
    _ = state.update(.key(.character("t")))
    #expect(state.route == .timeline)
    _ = state.update(.key(.character("P")))
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    #expect(state.route == .overview)
    _ = state.update(.key(.character("P")))
    _ = state.update(.key(.up))
    _ = state.update(.key(.enter))
    #expect(state.route == .timeline)
  }

  @Test func pillarDigitsComeFromThePlanShown() {
    var state = FixturePlans.state()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    // The fixture has two pillars: 3 is no pillar of it, 2 is.
    _ = state.update(.key(.character("3")))
    #expect(state.route == .overview)
    _ = state.update(.key(.character("2")))
    #expect(state.route == .pillar(1))
    state.helpOpen = true
    expectScreen(render(state, 80, 24), shows: ["1-2", "every open plan"])
  }

  @Test func withOnePlanNothingChanges() {
    var state = Briefing.state()
    _ = state.update(.key(.character("P")))
    #expect(state.route == .overview)
    _ = state.update(.key(.escape))
    #expect(state.route == .overview)
    state.helpOpen = true
    let help = render(state, 80, 24)
    #expect(!help.contains("every open plan"))
    #expect(help.contains("1-5"))
  }
}

@Suite struct KioskAcrossPlansTests {
  @Test func theKioskTurnsThePagesOfEveryPlanInTurn() {
    var state = FixturePlans.state()
    state.startKiosk(cycle: 1)
    let noon = WallTime(day: Briefing.today, hour: 12, minute: 5)
    _ = state.update(.tick(noon))  // the loop's first tick: sets the clock
    #expect(state.route == .overview)
    expectScreen(render(state, 80, 24), shows: ["Lao PDR-Cambodia", "1/8 Overview"])
    // The bundled plan's eight pages, then the fixture's: overview, its two pillars, timeline, watch list.
    for _ in 0..<8 { _ = state.update(.tick(noon)) }
    expectScreen(render(state, 80, 24), shows: ["FIXTURE A-B plan 2025-2029", "1/5 Overview"])
    _ = state.update(.tick(noon))
    expectScreen(render(state, 80, 24), shows: ["2/5 I Fixture pillar one"])
    for _ in 0..<4 { _ = state.update(.tick(noon)) }
    expectScreen(render(state, 80, 24), shows: ["Lao PDR-Cambodia", "1/8 Overview"])
  }
}

@Suite struct PlanEventsTests {
  /// The fixture without its third deliverable: one deliverable fewer.
  static var fixtureReported: Plan {
    var plan = FixturePlans.next
    plan.pillars[0].sectors[0].commitments.removeLast()
    return plan
  }

  @Test func aReloadOfAPlanPutAwayChangesThatPlanAlone() {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))  // the bundled plan is shown
    let shown = state.view.progress
    _ = state.update(.planReloaded(Self.fixtureReported))
    #expect(state.view.progress == shown, "the plan shown is not the one reloaded")
    #expect(state.plan.info.shortTitle.hasPrefix("Lao PDR"))
    _ = state.update(.key(.character("P")))
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    #expect(state.plan.info.shortTitle.hasPrefix("FIXTURE"))
    #expect(state.view.progress.deliverables == FixturePlans.state().planViews[1].progress.deliverables - 1)
  }

  @Test func aJournalChangeOfAPlanPutAwayLandsInThatPlan() {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))
    let built = PlanView(plan: Self.fixtureReported, updates: [], today: Briefing.today)
    _ = state.update(.journalChanged(built))
    #expect(state.plan.info.shortTitle.hasPrefix("Lao PDR"), "the bundled plan stays shown")
    #expect(state.planViews[1].progress.deliverables == FixturePlans.state().planViews[1].progress.deliverables - 1)
  }
}

@Suite struct ContinuedCommitmentTests {
  @Test func aCommitmentThatCarriesAnOldOneOnSaysWhichAndOfWhatPlan() {
    var state = FixturePlans.state()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    let shown = state.show(.commitment("1.1"))
    #expect(shown)
    expectScreen(render(state, 120, 40), shows: ["Continues", "16.3 of Lao PDR-Cambodia Action Plan 2023-2027"])
    let other = state.show(.commitment("1.2"))
    #expect(other)
    #expect(!render(state, 120, 40).contains("Continues"))
  }
}
