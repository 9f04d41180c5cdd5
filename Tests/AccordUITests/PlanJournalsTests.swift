import AccordCore
import Testing

@testable import AccordUI

/// Each plan of several has its own journal: what the journal of one says, and what is typed
/// for one, stays that plan's.
@Suite struct PlanJournalsTests {
  /// The bundled plan and the fixture, the fixture shown on `route`.
  static func fixtureShown(_ route: Route) -> AppState {
    var state = FixturePlans.state()
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    _ = state.show(route)
    return state
  }

  @Test func aJournalProblemOfAPlanPutAwayShowsInThatPlanAlone() {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))  // the bundled plan is shown
    _ = state.update(
      .journalFailed(
        JournalNotice(.failed(JournalError("next.sqlite: database is locked"))), plan: FixturePlans.next.identity))
    #expect(!render(state, 120, 40).contains("journal unreadable"), "the bundled plan's journal is fine")
    _ = state.update(.key(.character("P")))
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    expectScreen(render(state, 120, 40), shows: ["journal unreadable (last updates shown): next.sqlite"])
  }

  @Test func aReloadProblemOfAPlanPutAwayShowsInThatPlanAlone() {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))
    _ = state.update(.reloadFailed("next.yaml:3:1: unknown key", plan: FixturePlans.next.identity))
    #expect(!render(state, 120, 40).contains("reload failed"))
    _ = state.update(.key(.character("P")))
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    expectScreen(render(state, 120, 40), shows: ["reload failed (last good data shown): next.yaml:3:1"])
  }

  @Test func anUpdateTypedInAPlanGoesToThatPlansJournal() {
    var state = Self.fixtureShown(.meeting("fx-jc-1"))
    var effects: [Effect] = []
    for key in [.character("u"), .tab, .tab, .tab] + typing("MOFA") + [.control("s")] {
      let effect = state.update(.key(key))
      if effect != .none { effects.append(effect) }
    }
    guard case .record(var update, let plan) = effects.first else {
      Issue.record("no record effect: \(effects)")
      return
    }
    #expect(plan == FixturePlans.next.identity)
    #expect(update.targetID == "fx-jc-1")
    update.id = 1
    _ = state.update(.recorded(update, plan: plan))
    #expect(state.updateForm == nil)
    expectScreen(render(state, 120, 40), shows: ["recorded #1: fx-jc-1 planned"])
  }
}
