import AccordCore
import Testing

@testable import AccordUI

/// A paste (bracketed by the terminal) is text for the field being typed in, made one line,
/// and never keys: pasted `q`s do not quit, a pasted line break does not save a form.
@Suite struct PasteTests {
  @Test func aPasteBecomesOneLineWithoutControls() {
    #expect(PastedLine.from("Met in Vientiane\r\non 3 Dec\tq\n\n") == "Met in Vientiane on 3 Dec q")
    #expect(PastedLine.from("\n\n  JTC\n") == "  JTC", "breaks at the ends go; spaces typed stay")
    #expect(PastedLine.from("a\u{1B}[2Jb\u{202E}c\u{7}") == "a[2Jbc", "ESC, bidi overrides and BEL are dropped")
    #expect(PastedLine.from("ກອງປະຊຸມ\u{2028}កិច្ចប្រជុំ") == "ກອງປະຊຸມ កិច្ចប្រជុំ")
    #expect(PastedLine.from("\r\n\t") == "")
  }

  @Test func onTheOverviewAPasteIsNotReadAsKeys() {
    var state = Briefing.state()
    let effect = state.update(.paste("qqq\njjj"))
    #expect(effect == .none, "a pasted q must not quit")
    #expect(state.route == .overview)
    #expect(state.position(for: .overview).selected == 0, "pasted j's move nothing")
    #expect(state.notice == AppState.pasteIgnoredNotice)
    #expect(render(state, 80, 24).contains("pasted text goes into a search"))
    _ = state.update(.key(.character("j")))
    #expect(state.notice == nil, "the next key clears the notice")
  }

  @Test func aPasteIntoTheSearchPromptSearchesForTheWholeLine() {
    var state = Briefing.state(width: 120, height: 40)
    _ = state.update(.key(.character("/")))
    _ = state.update(.paste("laotian\r\ntimes\n"))
    #expect(state.prompt?.text == "laotian times")
    #expect(state.route == .search("laotian times"), "results as if typed, without Enter opening one")
    _ = state.update(.paste(String(repeating: "x", count: 500)))
    #expect(state.prompt?.text.count == Prompt.maximumLength)
  }

  @Test func aPasteIntoTheFormGoesIntoTheFocusedFieldAndSavesNothing() throws {
    var state = Briefing.state(showing: .commitment("16.3"))
    _ = state.update(.key(.character("u")))
    _ = state.update(.paste("done\n"))
    #expect(state.updateForm?.status == "unknown", "the status picker ignores a paste")
    _ = state.update(.key(.tab))
    _ = state.update(.key(.tab))
    #expect(state.updateForm?.focus == .note)
    let effect = state.update(.paste("JTC met\non 3 Dec\n"))
    #expect(effect == .none, "a pasted line break does not save")
    let form = try #require(state.updateForm)
    #expect(form.note.text == "JTC met on 3 Dec")
    #expect(form.focus == .note)

    _ = state.update(.paste(String(repeating: "ລ", count: 3_000)))
    #expect(state.updateForm?.note.text.count == state.updateForm?.note.limit)
    #expect(state.updateForm?.notice == .full(.note, limit: 2000))
  }

  /// A paste's tail that reaches the form as keys (`Gazette\e[201~` then Ctrl-S, or Enter on
  /// the last field) must not record: the first save after a paste asks again.
  @Test func aSaveRightAfterAPasteAsksAgain() throws {
    var state = Briefing.state(showing: .commitment("16.3"))
    _ = state.update(.key(.character("u")))
    _ = state.update(.key(.character("d")))
    _ = state.update(.key(.tab))
    _ = state.update(.key(.tab))
    _ = state.update(.key(.tab))
    #expect(state.updateForm?.focus == .source)
    _ = state.update(.paste("Gazette"))
    #expect(state.update(.key(.control("s"))) == .none, "Ctrl-S right after a paste records nothing")
    #expect(state.updateForm?.notice == .pasted)
    #expect(render(state, 120, 40).contains("text was pasted just now: save again to record"))
    guard case .record(let update, _) = state.update(.key(.control("s"))) else {
      Issue.record("the second Ctrl-S records")
      return
    }
    #expect(update.source == "Gazette")

    var last = Briefing.state(showing: .commitment("16.3"))
    _ = last.update(.key(.character("u")))
    for _ in 0..<8 where last.updateForm?.focus != last.updateForm?.fields.last { _ = last.update(.key(.tab)) }
    _ = last.update(.paste("reported"))
    #expect(last.updateForm?.focus == last.updateForm?.fields.last)
    #expect(last.update(.key(.enter)) == .none, "Enter on the last field right after a paste records nothing")
    #expect(last.updateForm?.notice == .pasted)
  }

  @Test func theKioskIgnoresAPaste() {
    var state = Briefing.state()
    state.startKiosk(cycle: 10)
    let effect = state.update(.paste("quit"))
    #expect(effect == .none)
    #expect(state.notice == nil, "a shared screen says nothing to a stray paste")
  }
}
