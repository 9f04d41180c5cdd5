import AccordCore
import Testing

@testable import AccordUI

/// A journal of updates about the bundled plan, recorded by two officials.
enum JournalFixture {
  static func update(
    _ id: Int, _ kind: JournalUpdate.TargetKind, _ target: String, _ status: String, _ date: String,
    note: String = "", source: String, url: String? = nil, confidence: Confidence = .confirmed, corrects: Int? = nil,
    by author: String = "somchai", name: String? = "Somchai Phommavong", recorded: String
  ) -> JournalUpdate {
    JournalUpdate(
      id: id, targetKind: kind, targetID: target, status: status, date: PlanDate(iso: date)!, note: note,
      source: source,
      url: url, confidence: confidence, corrects: corrects,
      recording: Recording(author: author, authorName: name, recordedAt: recorded + "T03:00:00Z", journalID: id))
  }

  static let updates: [JournalUpdate] = [
    update(1, .commitment, "1.1", "continuous", "2026-10-01", source: "MOFA", recorded: "2026-10-30"),
    update(
      2, .commitment, "16.3", "in-progress", "2026-11-10", note: "ການປະຊຸມ JTC / កិច្ចប្រជុំ JTC being prepared",
      source: "MOFA letter", recorded: "2026-11-18"),
    update(
      3, .milestone, "16.3b", "done", "2026-11", source: "Lao News Agency", url: "https://example.org/jtc",
      confidence: .reported, by: "sokha", name: nil, recorded: "2026-11-21"),
    update(
      4, .milestone, "16.3b", "done", "2026-11-20", note: "held in Vientiane", source: "Joint minutes of the JTC",
      corrects: 3, by: "sokha", name: nil, recorded: "2026-11-22"),
    update(
      5, .meeting, "jc-16", "held", "2026-11-23", note: "Phnom Penh", source: "KPL, 2026-11-24", recorded: "2026-11-24"),
    // Dated after the briefing day: not yet known on it.
    update(6, .commitment, "16.3", "done", "2026-11-30", source: "Joint statement", recorded: "2026-11-24"),
  ]

  /// The journal watch's event payload: `updates` merged into the bundled plan file, seen on the
  /// briefing day.
  static func merge(_ updates: [JournalUpdate]) -> PlanView {
    PlanView(plan: Briefing.plan, updates: updates, today: Briefing.today)
  }

  static func state(showing route: Route, width: Int = 80, height: Int = 24) -> AppState {
    var state = AppState(
      plan: Briefing.plan, updates: updates, today: Briefing.today, size: TerminalSize(width: width, height: height))
    let shown = state.show(route)
    #expect(shown, "cannot show \(route)")
    return state
  }
}

@Suite struct JournalScreenTests {
  static let sizes = Briefing.sizes.map { [$0.width, $0.height] }

  @Test(arguments: sizes)
  func aCommitmentShowsItsAndItsMilestonesHistoryNewestFirst(size: [Int]) {
    var state = JournalFixture.state(showing: .commitment("16.3"), width: size[0], height: size[1])
    _ = state.update(.key(.end))
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    expectGolden(screen, named: "commitment-history-\(size[0])x\(size[1])")
    expectScreen(
      screen,
      shows: ["History (3 updates in the journal)", "Somchai Phommavong (somchai)", "corrects #3", "corrected by #4"])
    #expect(!screen.contains("Joint statement"), "an update dated after today is not shown")
    let newest = screen.row(of: "[16.3b] ✓ done · sokha · #4")!
    #expect(newest < screen.row(of: "◐ in progress · Somchai")!, "newest first:\n\(screen)")
  }

  @Test(arguments: sizes)
  func aMeetingShowsItsHistory(size: [Int]) {
    var state = JournalFixture.state(showing: .meeting("jc-16"), width: size[0], height: size[1])
    _ = state.update(.key(.end))
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    expectGolden(screen, named: "meeting-history-\(size[0])x\(size[1])")
    expectScreen(
      screen,
      shows: [
        "History (1 update in the journal)", "2026-11-23  held · Somchai Phommavong (somchai) · #5",
        "source: KPL, 2026-11-24",
      ])
  }

  @Test(arguments: sizes)
  func recentUpdatesListWhatWasRecordedInTheLastWeekLatestFirst(size: [Int]) {
    let state = JournalFixture.state(showing: .overview, width: size[0], height: size[1])
    var opened = state
    _ = opened.update(.key(.character("U")))
    #expect(opened.route == .updates(since: Day(year: 2026, month: 11, day: 17)))
    let screen = render(opened, size[0], size[1])
    expectFits(screen)
    expectGolden(screen, named: "recent-updates-\(size[0])x\(size[1])")
    expectScreen(screen, shows: ["Recorded since 2026-11-17 · 4 updates", "> 2026-11-24  jc-16"])
    #expect(!screen.contains("1.1 "), "recorded before the week")
    #expect(!screen.contains("Joint statement"), "dated after today")
  }

  @Test func bracketsMoveTheFirstDayAWeekButNotPastToday() {
    var state = JournalFixture.state(showing: .overview)
    _ = state.update(.key(.character("U")))
    _ = state.update(.key(.character("[")))
    _ = state.update(.key(.character("[")))
    #expect(state.route == .updates(since: Day(year: 2026, month: 11, day: 3)))
    expectScreen(render(state, 80, 24), shows: ["Recorded since 2026-11-03 · 4 updates"])
    _ = state.update(.key(.character("[")))
    expectScreen(render(state, 80, 24), shows: ["Recorded since 2026-10-27 · 5 updates", "1.1"])
    for _ in 0..<5 { _ = state.update(.key(.character("]"))) }
    #expect(state.route == .updates(since: Day(year: 2026, month: 11, day: 24)))
    expectScreen(render(state, 80, 24), shows: ["Recorded since 2026-11-24 · 1 update"])
    _ = state.update(.key(.escape))
    #expect(state.route == .overview, "one screen, whatever its first day")
  }

  @Test func enterOnAnUpdateOpensItsCommitmentOrMeeting() {
    var state = JournalFixture.state(showing: .updates(since: Day(year: 2026, month: 11, day: 17)))
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    #expect(state.route == .commitment("16.3"), "a milestone's update opens its commitment")
    _ = state.update(.key(.escape))
    _ = state.update(.key(.home))
    _ = state.update(.key(.enter))
    #expect(state.route == .meeting("jc-16"))
  }

  @Test func cConfirmsTheSelectedReportedUpdateAsANewEntryCorrectingIt() {
    var state = JournalFixture.state(showing: .updates(since: Day(year: 2026, month: 11, day: 17)))
    // Latest first: #5, #4, then #3, the reported one.
    _ = state.update(.key(.down))
    _ = state.update(.key(.down))
    guard case .record(let confirmation, let plan) = state.update(.key(.character("C"))) else {
      Issue.record("C on a reported update records nothing")
      return
    }
    #expect(plan == state.sessions[state.activePlan].identity)
    #expect(confirmation.corrects == 3 && confirmation.confidence == .confirmed && confirmation.id == nil)
    #expect(confirmation.targetID == "16.3b" && confirmation.source == "Lao News Agency")
    _ = state.update(.key(.up))
    #expect(state.update(.key(.character("C"))) == .none)
    #expect(state.notice == "update #4 is already confirmed: nothing to confirm")
    var viewer = JournalFixture.state(showing: .updates(since: Day(year: 2026, month: 11, day: 17)))
    viewer.readOnly = true
    _ = viewer.update(.key(.down))
    _ = viewer.update(.key(.down))
    #expect(viewer.update(.key(.character("C"))) == .none)
    #expect(viewer.notice == AppState.readOnlyNotice)
  }

  @Test func theHelpNamesTheKeys() {
    var state = JournalFixture.state(showing: .updates(since: Briefing.today))
    _ = state.update(.key(.character("?")))
    expectScreen(
      render(state, 120, 40),
      shows: [
        "from a week earlier", "from a week later", "recent updates in the journal",
        "confirm a report",
      ])
  }

  @Test func withNoJournalTheScreensSaySo() {
    var state = Briefing.state(showing: .commitment("1.1"), width: 120, height: 40)
    expectScreen(render(state, 120, 40), shows: ["History (0 updates in the journal)", "none recorded"])
    _ = state.update(.key(.character("U")))
    expectScreen(
      render(state, 120, 40),
      shows: ["Recorded since 2026-11-17 · 0 updates", "nothing recorded from 2026-11-17 to 2026-11-24"])
  }
}
