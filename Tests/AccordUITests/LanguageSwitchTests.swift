import AccordCore
import AccordLocalization
import Testing

@testable import AccordUI

/// `L` in the dashboard: English, Lao, Khmer and back, on the same screen and selection.
@Suite struct LanguageSwitchTests {
  @Test func lCyclesEnglishLaoKhmerKeepingTheScreenAndSelection() {
    var state = Briefing.state(showing: .sector("16"), width: 120, height: 40)
    _ = state.update(.key(.down))
    _ = state.update(.key(.down))
    let selected = state.position(for: .sector("16")).selected
    #expect(selected == 2)
    var languages: [Language] = []
    for _ in 0..<3 {
      _ = state.update(.key(.character("L")))
      languages.append(state.writing.language)
      #expect(state.route == .sector("16"))
      #expect(state.position(for: .sector("16")).selected == selected)
    }
    #expect(languages == [.lao, .khmer, .english])
  }

  @Test func afterLTheBottomLineNamesTheLanguageInItsOwnWords() {
    var state = Briefing.state(width: 80, height: 24)
    _ = state.update(.key(.character("L")))
    expectScreen(render(state, 80, 24), shows: ["ພາສາ: ພາສາລາວ"])
    _ = state.update(.key(.character("L")))
    expectScreen(render(state, 80, 24), shows: ["ភាសា៖ ភាសាខ្មែរ"])
  }

  @Test func inAsciiModeLKeepsEnglishAndSaysWhy() {
    var state = Briefing.state(showing: .timeline, ascii: true)
    _ = state.update(.key(.character("L")))
    #expect(state.writing.language == .english)
    let screen = render(state, 80, 24)
    #expect(screen.text.allSatisfy { $0.isASCII }, "\(screen)")
    expectScreen(screen, shows: ["ASCII mode: the interface stays English"])
  }

  @Test func helpListsTheLanguageDigitsAndHowManyStringsAreTranslated() throws {
    var state = Briefing.state(width: 120, height: 40)
    _ = state.update(.key(.character("?")))
    expectScreen(render(state, 120, 40), shows: ["language: English (en), digits 0-9, 0 strings translated"])
    let lao = try Catalog.bundled(.lao).get()
    state.writing = Writing(catalog: lao, nativeDigits: true)
    let translated = lao.translatedCount
    #expect(translated > 12, "more than the month names")
    let native = Writing(catalog: lao, nativeDigits: true).number(translated)
    expectScreen(render(state, 120, 40), shows: ["(lo)", "໐-໙", native])
  }
}

/// The plan's bodies are named in the reader's language on the agency view.
@Suite struct BodyNameLanguageTests {
  @Test func theAgenciesScreenNamesTheBodiesInLaoAndKhmer() throws {
    var state = Briefing.state(showing: .agencies, width: 120, height: 40)
    // A Lao body the English list shows (the list is in the same order in every language).
    let english = render(state, 120, 40)
    let body = try #require(state.plan.bodies.first { $0.side == .lao && english.contains($0.label) }, "\(english)")
    state.writing = Writing(catalog: try Catalog.bundled(.lao).get())
    expectScreen(render(state, 120, 40), shows: ["\(body.lao.name) (ສປປ ລາວ)"])
    state.writing = Writing(catalog: try Catalog.bundled(.khmer).get())
    expectScreen(render(state, 120, 40), shows: [body.khmer.name])
  }
}
