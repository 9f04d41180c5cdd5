import AccordCore
import Testing

@testable import AccordUI

/// The agency filter is picked from a list that narrows as one types, not stepped through one of
/// 45 at a time.
@Suite struct ChoicePickerTests {
  func press(_ state: inout AppState, _ keys: [Key]) { for key in keys { _ = state.update(.key(key)) } }
  func typing(_ text: String) -> [Key] { text.map { .character($0) } }

  @Test(arguments: [[80, 24], [120, 40], [200, 60]])
  func typingNarrowsTheAgenciesAndEnterFiltersByTheOnePicked(size: [Int]) throws {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, [.character("f"), .character("g")])
    var screen = render(state, size[0], size[1])
    expectScreen(screen, shows: ["Pick agency", "type to narrow: _", "> any"])
    press(&state, typing("armed"))
    screen = render(state, size[0], size[1])
    expectScreen(screen, shows: ["type to narrow: armed_", "> Lao People's Armed Forces (Lao PDR)"])
    #expect(!screen.contains("Bank of the Lao PDR"), "the list narrows:\n\(screen)")
    press(&state, [.enter])
    #expect(state.choicePicker == nil)
    #expect(state.filters.commitments.agency == "Lao People's Armed Forces (Lao PDR)")
    press(&state, [.escape])
    expectScreen(render(state, size[0], size[1]), shows: ["filtered: agency: Lao People's Armed Forces"])
  }

  @Test func wordsMatchInAnyOrderWithoutCaseOrAccentsAndEscLeavesTheFilterAsItWas() throws {
    var picker = ChoicePicker(
      title: "agency",
      choices: ["Ministry of Public Works and Transport", "Ministère des Affaires étrangères", "Armed forces"],
      current: nil)
    for character in "transport PUBLIC" { picker.type(character) }
    #expect(picker.shown == ["Ministry of Public Works and Transport"])
    for _ in 0..<"transport PUBLIC".count { picker.deleteBackward() }
    for character in "etrangeres" { picker.type(character) }
    #expect(picker.shown == ["Ministère des Affaires étrangères"])
    for character in "zz" { picker.type(character) }
    #expect(picker.shown.isEmpty)
    #expect(picker.picked == .none, "Enter on nothing picks nothing")

    var state = Briefing.state()
    press(&state, [.character("f"), .character("g"), .down, .down, .enter])
    let chosen = try #require(state.filters.commitments.agency)
    press(&state, [.character("g")] + typing("armed") + [.escape])
    #expect(state.filters.commitments.agency == chosen, "Esc changes nothing")
    press(&state, [.character("g"), .up, .up, .up, .enter])
    #expect(state.filters.commitments.agency == nil, "any: the filter off")
  }
}
