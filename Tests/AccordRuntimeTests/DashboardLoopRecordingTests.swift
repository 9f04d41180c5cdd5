import AccordCore
import AccordUI
import Testing

@testable import AccordRuntime

/// The loop performs the form's save through the journal it was given and tells the state
/// what the journal said.
@Suite struct DashboardLoopRecordingTests {
  let noon: () -> Int = { 1_795_000_000_000 }

  func formSavedOnAMeeting() -> (AppState, ScriptedTerminal) {
    var state = AppState(plan: try! PlanLoader.bundled(), today: Day(year: 2026, month: 11, day: 24))
    state.show(.meeting("jc-15"))
    let keys: [Key] = [
      .character("u"), .tab, .tab, .tab, .character("K"), .character("P"), .character("L"), .control("s"),
    ]
    return (state, ScriptedTerminal(script: keys.map { .event(.key($0)) }))
  }

  @Test func aRecordedUpdateClosesTheFormWithItsNumber() {
    var (state, terminal) = formSavedOnAMeeting()
    var received: [JournalUpdate] = []
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, now: noon) {
      update, _ in
      received.append(update)
      var recorded = update
      recorded.id = 3
      return .success(recorded)
    }
    #expect(received.map(\.source) == ["KPL"])
    #expect(received.first?.targetID == "jc-15")
    #expect(state.updateForm == nil)
    #expect(terminal.painted.last?.text.contains("recorded #3: jc-15 held on 2026-11-24") == true)
  }

  @Test func aRefusalKeepsTheFormOpenWithTheJournalsMessage() {
    var (state, terminal) = formSavedOnAMeeting()
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, now: noon) {
      _, _ in
      .failure(JournalError("journal.sqlite: attempt to write a readonly database"))
    }
    #expect(state.updateForm?.failure == "journal.sqlite: attempt to write a readonly database")
    #expect(terminal.painted.last?.text.contains("not recorded: journal.sqlite: attempt to write a readonly") == true)
  }

  @Test func withoutAJournalTheFormSaysSo() {
    var (state, terminal) = formSavedOnAMeeting()
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, now: noon)
    #expect(state.updateForm?.failure == "no journal to record in")
  }
}

extension DashboardLoopRecordingTests {
  @Test func aPasteIsTakenInWholeBeforeOneFrameIsDrawn() {
    var state = AppState(plan: try! PlanLoader.bundled(), today: Day(year: 2026, month: 11, day: 24))
    state.show(.commitment("16.3"))
    let paste = "ປະຊຸມ JTC ຄັ້ງທີ 3".unicodeScalars.map { TerminalInput.event(.key(.character(Character($0)))) }
    let terminal = ScriptedTerminal(
      script: [.event(.key(.character("u"))), .timeout, .event(.key(.tab)), .timeout, .event(.key(.tab))] + paste)
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, now: noon)
    #expect(state.updateForm?.note.text == "ປະຊຸມ JTC ຄັ້ງທີ 3")
    // The first frame, the form, Tab, then Tab and the whole paste in one.
    #expect(terminal.painted.count == 4)
  }
}
