import AccordCore
import AccordLocalization
import Testing

@testable import AccordUI

/// A commitment that carries on one of the older plan (`continues:`): its screen shows the older
/// commitment's history from the older plan's journal, below its own, when that plan is open.
@Suite struct ContinuedHistoryTests {
  /// The bundled plan with its journal's updates (16.3's among them) and the fixture, whose 1.1
  /// continues 16.3, shown at 1.1.
  static func fixtureAt11(width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(
      plan: Briefing.plan, updates: JournalFixture.updates, today: Briefing.today,
      size: TerminalSize(width: width, height: height))
    state.addPlan(FixturePlans.next)
    state.showPlans()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    let shown = state.show(.commitment("1.1"))
    #expect(shown)
    return state
  }

  @Test func theOlderCommitmentsHistoryFollowsItsOwnTitledWithTheOlderPlan() {
    var state = Self.fixtureAt11()
    // Scrolled to its end: the older plan's history comes last.
    _ = state.update(.key(.end))
    let screen = render(state, 120, 40)
    expectScreen(
      screen,
      shows: [
        "Earlier: 16.3 in Lao PDR-Cambodia Action Plan 2023-2027 (3 updates in its journal)", "MOFA letter",
        "Joint minutes of the JTC", "corrected by #4",
      ])
    // Its own history comes first, and is the fixture's (no journal: none recorded).
    let document = render(Self.fixtureAt11(width: 120, height: 60), 120, 60)
    let own = document.row(of: "History (0 updates in the journal)") ?? -1
    let earlier = document.row(of: "Earlier: 16.3 in") ?? -1
    #expect(own >= 0 && earlier > own, "\(document)")
    expectGolden(document, named: "plans-continued-120x60")
  }

  /// At each golden size, scrolled to its end: the earlier plan's history is where the screen
  /// ends, whatever room it has.
  @Test(arguments: [(80, 24), (120, 40), (200, 60)])
  func theEarlierHistoryAtEachSize(width: Int, height: Int) {
    var state = Self.fixtureAt11(width: width, height: height)
    _ = state.update(.key(.end))
    let screen = render(state, width, height)
    expectScreen(screen, shows: ["Earlier: 16.3 in", "Joint minutes of the JTC"])
    expectGolden(screen, named: "plans-continued-\(width)x\(height)")
  }

  /// In Lao the earlier history names the older plan by its Lao short title.
  @Test func theEarlierHistoryNamesTheOlderPlanInTheReadersLanguage() throws {
    var state = Self.fixtureAt11(width: 120, height: 60)
    state.writing = Writing(catalog: try Catalog.bundled(.lao).get())
    let screen = render(state, 120, 60)
    let lao = Briefing.plan.info.shortTitle(in: "lo")
    #expect(lao != Briefing.plan.info.shortTitle)
    #expect(screen.contains(lao), "\(screen)")
    #expect(!screen.contains(Briefing.plan.info.shortTitle), "\(screen)")
  }

  @Test func withTheOlderPlanNotOpenItSaysSoInOneLine() {
    var state = AppState(
      plan: FixturePlans.next, today: Briefing.today, size: TerminalSize(width: 120, height: 60))
    let shown = state.show(.commitment("1.1"))
    #expect(shown)
    let screen = render(state, 120, 60)
    expectScreen(
      screen,
      shows: ["The history of 16.3 is in the journal of Lao PDR-Cambodia Action Plan 2023-2027, which is not open."])
    #expect(!screen.contains("Earlier:"))
  }

  @Test func anIdTheOlderPlanLacksIsSaidSo() {
    var fixture = FixturePlans.next
    fixture.pillars[0].sectors[0].commitments[0].continues = "99.9"
    var state = AppState(plan: Briefing.plan, today: Briefing.today, size: TerminalSize(width: 120, height: 60))
    state.addPlan(fixture)
    state.showPlans()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    let shown = state.show(.commitment("1.1"))
    #expect(shown)
    expectScreen(
      render(state, 120, 60),
      shows: ["Lao PDR-Cambodia Action Plan 2023-2027 has no commitment 99.9: no earlier history."])
  }

  @Test func aCommitmentThatContinuesNothingShowsNoEarlierHistory() {
    var state = Self.fixtureAt11()
    let shown = state.show(.commitment("1.2"))
    #expect(shown)
    #expect(!render(state, 120, 40).contains("Earlier:"))
    #expect(!render(state, 120, 40).contains("which is not open"))
  }
}
