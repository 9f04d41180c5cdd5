import AccordCore
import Testing

@testable import AccordUI

/// `:` with several plans open: a plan's short id before the id, and bare ids looked for in
/// every plan.
@Suite struct GoToAcrossPlansTests {
  /// The bundled plan (`lk`) and the fixture (`fx`), the bundled plan shown at its overview.
  static func bundledShown() -> AppState {
    var state = FixturePlans.state()
    _ = state.update(.key(.enter))
    return state
  }

  static func goTo(_ text: String, in state: inout AppState) {
    for key in [Key.character(":")] + typing(text) + [.enter] { _ = state.update(.key(key)) }
  }

  @Test func aPlanPrefixOpensThatPlansId() {
    var state = Self.bundledShown()
    Self.goTo("fx/1.2", in: &state)
    #expect(state.plan.info.key == "fx")
    #expect(state.route == .commitment("1.2"))
    expectScreen(render(state, 120, 40), shows: ["A fixture deliverable due in June 2026 with no report."])
    Self.goTo("lk/16.3", in: &state)
    #expect(state.plan.info.key == "lk")
    #expect(state.route == .commitment("16.3"))
  }

  @Test func aBareIdOfOnePlanOpensThatPlan() {
    var state = Self.bundledShown()
    Self.goTo("fx-jc-1", in: &state)
    #expect(state.plan.info.key == "fx")
    #expect(state.route == .meeting("fx-jc-1"))
    Self.goTo("16.3", in: &state)
    #expect(state.plan.info.key == "lk", "the fixture has no 16.3")
    #expect(state.route == .commitment("16.3"))
  }

  @Test func anIdOfSeveralPlansAsksWhich() {
    var state = Self.bundledShown()
    Self.goTo("1.1", in: &state)
    #expect(state.route == .overview, "nothing opened")
    #expect(state.notice == "\"1.1\" is in 2 plans: type lk/1.1 or fx/1.1")
    expectScreen(render(state, 80, 24), shows: ["is in 2 plans: type lk/1.1 or fx/1.1"])
    Self.goTo("xx/1.1", in: &state)
    #expect(state.notice == "no plan \"xx\" open; the plans open are lk, fx")
  }

  @Test func withOnePlanAPrefixIsNoId() {
    var state = Briefing.state()
    Self.goTo("lk/16.3", in: &state)
    #expect(state.route == .overview)
    #expect(state.notice == "no id \"lk/16.3\" in the plan")
  }
}
