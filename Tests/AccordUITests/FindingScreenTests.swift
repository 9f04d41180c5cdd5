import AccordCore
import Testing

@testable import AccordUI

/// Keys pressed one after another, as a user types them.
func press(_ state: inout AppState, _ keys: [Key]) {
  for key in keys { _ = state.update(.key(key)) }
}

func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

/// `/`, `n`/`N` and `:`: the search and go-to keys at the three sizes the tests fix.
@Suite struct FindingScreenTests {
  static let sizes = Briefing.sizes.map { [$0.width, $0.height] }

  @Test(arguments: sizes)
  func searchListsResultsGroupedByKindAsYouType(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("/joint"))
    #expect(state.route == .search("joint"))
    let hits = state.view.finding.search.search("joint")
    let count = { (kind: SearchHit.Kind) in hits.filter { $0.kind == kind }.count }
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(
      screen,
      shows: [
        "Search", "\(hits.count) results for \"joint\"", "Commitments (\(count(.commitment)))", "1.4", "Joint Commis",
        "/joint_", "Esc clears",
      ])
    #expect(screen.lines.last?.hasPrefix("/joint_") == true)
    // Kinds come in a fixed order: commitments, milestones, reports, meetings, each under its
    // heading, in the plan's order.
    #expect(hits.map(\.kind.rawValue) == hits.map(\.kind.rawValue).sorted())
    #expect(Set(hits.map(\.kind)).isSuperset(of: [.commitment, .milestone, .evidence, .meeting]))
    let headings = SearchHit.Kind.allCases.filter { count($0) > 0 }.compactMap {
      screen.row(of: "\($0.heading) (\(count($0)))")
    }
    #expect(headings == headings.sorted() && headings.count >= 2, "\(screen)")
    if size[1] >= 40 { #expect(headings.count >= 3, "\(screen)") }
    // One more letter narrows the list: the screen follows each key.
    press(&state, typing("s"))
    expectScreen(render(state, size[0], size[1]), shows: ["for \"joints\""])
  }

  @Test func theMatchedWordsAreHighlightedWhateverTheirCase() {
    var state = Briefing.state(width: 120, height: 40)
    press(&state, typing("/JOINT COMMISSION"))
    let screen = render(state, 120, 40)
    let row = screen.row(of: "1.4   ")!
    let line = screen.lines[row]
    let start = line.distance(from: line.startIndex, to: line.range(of: "Joint Commission")!.lowerBound)
    let highlighted = (0..<line.count).filter { screen.grid[$0, row].style.emphasis.contains(.underline) }
    #expect(highlighted == Array(start..<start + "Joint Commission".count), "\(screen)")
  }

  /// A result found by its source, place or agency says so and shows the words that matched,
  /// highlighted as a title's are, however narrow the screen.
  @Test(arguments: sizes)
  func aMatchOutsideTheTitleIsQuotedAfterIt(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("/laotian times"))
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    expectGolden(screen, named: "search-laotian-times-\(size[0])x\(size[1])")
    let rows = (0..<screen.grid.height).filter { screen.lines[$0].contains("source: ") }
    #expect(!rows.isEmpty, "\(screen)")
    for row in rows {
      let line = screen.lines[row]
      let start = line.distance(from: line.startIndex, to: line.range(of: "Laotian Times")!.lowerBound)
      let highlighted = (0..<line.count).filter { screen.grid[$0, row].style.emphasis.contains(.underline) }
      #expect(highlighted == Array(start..<start + "Laotian Times".count), "row \(row):\n\(screen)")
    }
  }

  @Test func accentsAndCaseAreSetAsideAndLaoIsSearchedAsWritten() {
    var plan = Briefing.plan
    plan.meetings[0].place = "Café de la Paix, ວຽງຈັນ"
    var state = AppState(plan: plan, today: Briefing.today, size: TerminalSize(width: 120, height: 40))
    press(&state, typing("/CAFE"))
    expectScreen(render(state, 120, 40), shows: ["1 result for \"CAFE\"", "Meetings (1)", plan.meetings[0].id])
    press(&state, [.escape] + typing("/ວຽງຈັນ"))
    expectScreen(render(state, 120, 40), shows: ["1 result for", "Meetings (1)"])
  }

  @Test(arguments: sizes)
  func enterOpensTheSelectedResultAndBackComesBackToTheResults(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    let hits = state.view.finding.search.search("jc-15")
    #expect(hits.map(\.kind) == [.meeting, .meeting])
    // The arrows move through the results while the query is still being typed.
    press(&state, typing("/jc-15") + [.down, .enter])
    #expect(state.route == .meeting(hits[1].id))
    #expect(state.prompt == nil)
    expectScreen(render(state, size[0], size[1]), shows: [String(hits[1].title.prefix(30))])
    press(&state, [.escape])
    #expect(state.route == .search("jc-15"))
    expectScreen(render(state, size[0], size[1]), shows: ["2 results for \"jc-15\"", "Meetings (2)"])
  }

  @Test(arguments: sizes)
  func nAndShiftNStepThroughTheMatchesOfTheCurrentList(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("/tourism") + [.enter, .escape])
    #expect(state.route == .search("tourism"))
    let results = state.listGeometry(for: state.route)!.rowItems.compactMap { $0 }
    #expect(state.position(for: state.route).selected == 0)
    press(&state, typing("n"))
    #expect(state.position(for: state.route).selected == 1)
    press(&state, typing("NN"))
    #expect(state.position(for: state.route).selected == results.last)
    // In another list, n finds the next row containing the last search.
    state.show(.sector("22"))
    press(&state, typing("n"))
    let sector = state.view.sector(id: "22")!
    let selected = sector.commitments[state.position(for: state.route).selected]
    #expect(selected.text.lowercased().contains("tourism"))
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    #expect(screen.lines.first { $0.hasPrefix(">") }?.contains(selected.id) == true, "\(screen)")
  }

  @Test func escClearsTheSearch() {
    var state = Briefing.state(width: 80, height: 24)
    press(&state, typing("/joint") + [.escape])
    #expect(state.route == .overview)
    #expect(state.lastQuery == nil)
    press(&state, typing("n"))
    expectScreen(render(state, 80, 24), shows: ["no search yet: / to search"])
  }

  @Test func theIndexIsBuiltOnceForAPlanViewNotPerKey() {
    var state = Briefing.state(width: 80, height: 24)
    #expect(!state.view.finding.hasSearchIndex)
    let finding = state.view.finding
    press(&state, typing("/jo"))
    #expect(finding.hasSearchIndex)
    press(&state, typing("int") + [.backspace])
    #expect(state.view.finding === finding)
    _ = state.update(.planReloaded(Briefing.plan))
    #expect(state.view.finding !== finding)
  }

  @Test(arguments: sizes)
  func goToCompletesIdsAsYouTypeAndOpensWhatTheIdNames(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing(":16."))
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    #expect(screen.lines.last?.hasPrefix(":16._") == true, "\(screen)")
    #expect(screen.lines[size[1] - 2].hasPrefix(" 16.1  16.2  16.3"), "\(screen)")
    press(&state, typing("3") + [.enter])
    #expect(state.routes == [.overview, .pillar(2), .sector("16"), .commitment("16.3")])
    press(&state, typing(":jc-1") + [.tab, .enter])
    #expect(state.route == .meeting("jc-14"))
    press(&state, typing(":9") + [.enter])
    #expect(state.route == .sector("9"))
    press(&state, typing(":III") + [.enter])
    #expect(state.routes == [.overview, .pillar(2)])
    press(&state, typing(":16.3b") + [.enter])
    #expect(state.route == .commitment("16.3"))
    press(&state, typing(":nothing") + [.enter])
    #expect(state.route == .commitment("16.3"))
    expectScreen(render(state, size[0], size[1]), shows: ["no id \"nothing\" in the plan"])
  }

  @Test func theHelpListsTheFindingKeys() {
    var state = Briefing.state(width: 120, height: 40)
    press(&state, typing("?"))
    expectScreen(
      render(state, 120, 40),
      shows: [
        "/  ", "search every text (Esc clears)", "next match of the search here", "go to an id (Tab completes)",
        "agencies and what each holds", "watch list: overdue, due soon",
      ])
  }

  @Test func theKioskIgnoresTheFindingKeys() {
    var state = Briefing.state(width: 120, height: 40)
    state.startKiosk(cycle: 10)
    let routes = state.routes
    press(&state, typing("/:awnN") + [.enter])
    #expect(state.routes == routes)
    #expect(state.prompt == nil)
  }
}

@Suite struct HelpInTwoColumnsTests {
  @Test(arguments: FindingScreenTests.sizes)
  func everyKeyOfTheHelpIsInSightAtEverySize(size: [Int]) {
    for route: Route in [.overview, .timeline, .commitment("16.3"), .search("joint")] {
      var state = Briefing.state(showing: route, width: size[0], height: size[1])
      press(&state, typing("?"))
      let screen = render(state, size[0], size[1])
      expectFits(screen)
      expectScreen(
        screen, shows: ["any key closes this help", "q/Ctrl-C", "search every text", "go to an id", "watch list"])
    }
  }
}

@Suite struct FindingWithTheMouseTests {
  @Test func aDoubleClickOnAResultOpensItAndClosesTheLine() {
    var state = Briefing.state(width: 120, height: 40)
    press(&state, typing("/tourism"))
    let screen = render(state, 120, 40)
    let row = screen.row(of: "Sectors (1)")! + 1
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .doubleClick)))
    #expect(state.prompt == nil)
    #expect(state.route == .sector("22"))
  }
}
