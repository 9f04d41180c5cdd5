import AccordCore
import Testing

@testable import AccordUI

/// The plan file and the journal change apart; each change shows on the same screen, with the
/// same item selected.
@Suite struct JournalStateTests {
  let king = JournalFixture.update(
    7, .meeting, "visit-2026-king", "held", "2026-11-20", source: "KPL, 2026-11-21", recorded: "2026-11-24")

  @Test func aPlanReloadKeepsTheJournalsUpdates() {
    var state = JournalFixture.state(showing: .commitment("16.3"), width: 120, height: 60)
    #expect(state.plan.commitment(id: "16.3")?.status == .inProgress)
    var edited = Briefing.plan
    edited.pillars[2].sectors[7].name = "Trade, Investment and Markets"
    _ = state.update(.planReloaded(edited))
    #expect(state.view.updates == JournalFixture.updates)
    #expect(state.plan.commitment(id: "16.3")?.status == .inProgress, "still the journal's status")
    expectScreen(
      render(state, 120, 60), shows: ["16 Trade, Investment and Markets", "History (3 updates in the journal)"])
  }

  @Test func aJournalChangeKeepsThePlanFileAndTheFilters() {
    var state = JournalFixture.state(showing: .sector("16"))
    var edited = Briefing.plan
    edited.pillars[2].sectors[7].name = "Trade, Investment and Markets"
    _ = state.update(.planReloaded(edited))
    state.filters.commitments.statuses = [.inProgress]
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates + [king])))
    #expect(state.view.planFile.pillars[2].sectors[7].name == "Trade, Investment and Markets")
    #expect(state.filters.commitments.statuses == [.inProgress])
    #expect(state.route == .sector("16"))
  }

  @Test func aMeetingReportedHeldMovesToThePastWithTheSelectionOnIt() throws {
    var state = JournalFixture.state(showing: .timeline, width: 120, height: 40)
    let index = try #require(state.view.timeline.firstIndex { $0.id == "visit-2026-king" })
    state.positions[.timeline] = ListPosition(selected: index)
    _ = state.update(.key(.character("x")))  // settles the position
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates + [king])))
    let moved = try #require(state.view.timeline.firstIndex { $0.id == "visit-2026-king" })
    #expect(moved != index, "its row moved")
    #expect(state.position(for: .timeline).selected == moved)
    let screen = render(state, 120, 40)
    #expect(screen.lines.first { $0.hasPrefix("> ") }?.contains("King Norodom Sihamoni") == true, "\(screen)")
  }

  @Test func aPostponementShowsInTheMeetingsHistoryFromTheDayItWasRecorded() {
    let postponed = JournalFixture.update(
      8, .meeting, "jc-15", "postponed", "2027-03", source: "MOFA notice", recorded: "2026-11-20")
    var state = JournalFixture.state(showing: .meeting("jc-15"), width: 100, height: 30)
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates + [postponed])))
    expectScreen(
      render(state, 100, 30), shows: ["Status: postponed", "History (1 update in the journal)", "source: MOFA notice"])
    state.today = Day(year: 2026, month: 11, day: 19)
    expectScreen(render(state, 100, 30), shows: ["History (0 updates in the journal)"])
  }

  @Test func aNewUpdateComesFirstAndTheSelectedOneStaysSelected() {
    var state = JournalFixture.state(showing: .updates(since: Day(year: 2026, month: 11, day: 17)))
    _ = state.update(.key(.down))
    _ = state.update(.key(.down))
    let selected = state.position(for: state.route).selected
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates + [king])))
    #expect(state.position(for: state.route).selected == selected + 1)
    expectScreen(render(state, 80, 24), shows: ["> 2026-11-21  16.3b"])
  }

  @Test func whileTheFirstReadRunsTheBottomLineSaysSoUntilTheJournalComes() {
    var state = AppState(plan: Briefing.plan, today: Briefing.today, size: TerminalSize(width: 80, height: 24))
    state.journalReading = true
    #expect(render(state, 80, 24).contains(AppState.journalReadingNotice))
    _ = state.update(.key(.character("j")))
    #expect(render(state, 80, 24).contains(AppState.journalReadingNotice), "a key does not end it")
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates)))
    #expect(!render(state, 80, 24).contains(AppState.journalReadingNotice))
    #expect(state.plan.commitment(id: "16.3")?.status == .inProgress)
  }

  @Test func aJournalThatCannotBeReadKeepsItsLastUpdatesWithANotice() {
    var state = JournalFixture.state(showing: .commitment("16.3"), width: 120, height: 60)
    _ = state.update(
      .journalFailed(
        JournalNotice(.failed(JournalError("journal.sqlite: database is locked"))), plan: state.plan.identity))
    let screen = render(state, 120, 60)
    expectScreen(
      screen,
      shows: ["journal unreadable (last updates shown): journal.sqlite: database is locked", "History (3 updates"])
    _ = state.update(.journalChanged(JournalFixture.merge(JournalFixture.updates)))
    #expect(!render(state, 120, 60).contains("journal unreadable"))
  }
}
