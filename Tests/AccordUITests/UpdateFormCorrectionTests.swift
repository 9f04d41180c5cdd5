import AccordCore
import Testing

@testable import AccordUI

/// Correcting an update from the form: it offers the target's own updates that stand today
/// (not those already corrected, nor those the journal knows only from a later day), and a
/// save sends the number out as `accord update --corrects` does.
@Suite struct UpdateFormCorrectionTests {
  func openForm(on route: Route) throws -> AppState {
    var state = JournalFixture.state(showing: route, width: 120, height: 40)
    _ = state.update(.key(.character("u")))
    _ = try #require(state.updateForm)
    return state
  }

  func press(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.map { state.update(.key($0)) }.filter { $0 != .none }
  }

  @Test func theFormOffersTheTargetsStandingUpdatesToCorrect() throws {
    var state = try openForm(on: .commitment("16.3"))
    var form = try #require(state.updateForm)
    // #6 is dated after the day, so not known on it.
    #expect(form.choices(of: .corrects) == ["none", "#2 2026-11-10 in-progress"])
    #expect(form.fields.last == .corrects)
    #expect(form.corrects == nil, "nothing is corrected unless chosen")

    // On milestone 16.3b, #3 was corrected by #4: only #4 stands.
    _ = press(&state, [.backTab, .right, .right])
    form = try #require(state.updateForm)
    #expect(form.target.id == "16.3b")
    #expect(form.choices(of: .corrects) == ["none", "#4 2026-11-20 done"])

    // A milestone with no updates has no such field.
    _ = press(&state, [.right])
    #expect(state.updateForm?.fields.contains(.corrects) == false)
  }

  @Test func aCorrectionChosenIsSavedWithItsNumber() throws {
    var state = try openForm(on: .commitment("16.3"))
    let form = try #require(state.updateForm)
    let toCorrects = form.fields.firstIndex(of: .corrects)! - form.fields.firstIndex(of: form.focus)!
    _ = press(&state, Array(repeating: .tab, count: toCorrects))
    #expect(state.updateForm?.focus == .corrects)
    _ = press(&state, [.right])
    #expect(state.updateForm?.corrects == 2)
    expectScreen(render(state, 120, 40), shows: ["Corrects     none [#2 2026-11-10 in-progress]"])

    // Back to the target: another one forgets the choice, since #2 is not 16.3a's.
    _ = press(&state, [.backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .right])
    #expect(state.updateForm?.target.id == "16.3a")
    #expect(state.updateForm?.corrects == nil)
    _ = press(&state, [.left])

    _ = press(&state, Array(repeating: .tab, count: 4))
    #expect(state.updateForm?.focus == .source)
    let effects = press(
      &state, Array("MOFA letter").map { .character($0) } + [.tab, .tab, .tab, .right, .control("s")])
    guard case .record(let update, _) = effects.first else {
      Issue.record("no record effect: \(effects)")
      return
    }
    #expect(update.targetID == "16.3")
    #expect(update.corrects == 2)
  }

  @Test func aMeetingsUpdatesCanBeCorrectedToo() throws {
    let state = try openForm(on: .meeting("jc-16"))
    #expect(state.updateForm?.choices(of: .corrects) == ["none", "#5 2026-11-23 held"])
  }
}
