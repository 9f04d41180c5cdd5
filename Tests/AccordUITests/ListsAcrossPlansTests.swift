import AccordCore
import Testing

@testable import AccordUI

/// The timeline, the watch list and search with several plans open: every plan's rows, each
/// with its plan's short id (`lk` the bundled plan, `fx` the fixture), Enter on a row of
/// another plan opening it in that plan.
@Suite struct ListsAcrossPlansTests {
  /// The bundled plan shown, the fixture open beside it, on `route`.
  static func bundledShowing(_ route: Route, width: Int = 80, height: Int = 24) -> AppState {
    var state = FixturePlans.state(width: width, height: height)
    _ = state.update(.key(.enter))
    let shown = state.show(route)
    #expect(shown, "cannot show \(route)")
    return state
  }

  static let query = "joint commission"

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theTimelineHasEveryPlansMeetingsEachWithItsPlan(size: [Int]) {
    let screen = render(Self.bundledShowing(.timeline, width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    // The fixture's one meeting among the bundled plan's upcoming ones, in date order.
    let upcoming = Briefing.state().view.schedule.upcoming.count + 1
    expectScreen(screen, shows: ["Upcoming (\(upcoming)), soonest first", "2023-2030: signing year to validity end"])
    let row = screen.lines.first { $0.contains("First Fixture") } ?? ""
    #expect(row.contains("fx ") && row.contains("2027-03-10"), "\(screen)")
    expectGolden(screen, named: "plans-timeline-\(size[0])x\(size[1])")
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theWatchListHasEveryPlansOverdueWorkEachWithItsPlan(size: [Int]) {
    let screen = render(Self.bundledShowing(.watchlist, width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    let unreported = Briefing.state().view.facts.meetingsWithoutReport.count
    expectScreen(screen, shows: ["Meetings with no report (\(unreported))", "lk ◆ 2022-07-07 JC"])
    if size[1] >= 40 {
      let overdue = Briefing.state().view.facts.overdue.count + FixturePlans.state().planViews[1].facts.overdue.count
      expectScreen(screen, shows: ["Overdue milestones and deliverables (\(overdue))"])
      let row = screen.lines.first { $0.contains("1.1") && $0.contains("A fixture deliverable due in 2025") } ?? ""
      #expect(row.contains("fx "), "\(screen)")
    }
    expectGolden(screen, named: "plans-watchlist-\(size[0])x\(size[1])")
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func searchFindsInEveryPlanEachResultWithItsPlan(size: [Int]) {
    let screen = render(
      Self.bundledShowing(.search(Self.query), width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    let bundled = Briefing.state().view.finding.search.search(Self.query).count
    let fixture = FixturePlans.state().planViews[1].finding.search.search(Self.query).count
    #expect(fixture > 0 && bundled > 0)
    expectScreen(screen, shows: ["\(bundled + fixture) results for \"\(Self.query)\""])
    expectGolden(screen, named: "plans-search-\(size[0])x\(size[1])")
  }

  @Test func enterOnARowOfAnotherPlanOpensItThereAndBackComesToTheList() {
    var state = Self.bundledShowing(.search("fixture deliverable due in june"), width: 120, height: 40)
    let layout = state.layout
    let row = (0..<(layout.list?.itemCount ?? 0)).first { layout.screen?.plan(of: $0) != nil }
    #expect(row != nil, "a result of the fixture")
    state.positions[state.route] = ListPosition(selected: row ?? 0)
    _ = state.update(.key(.enter))
    #expect(state.plan.info.key == "fx")
    #expect(state.route == .commitment("1.2"))
    expectScreen(render(state, 120, 40), shows: ["A fixture deliverable due in June 2026 with no report."])
    _ = state.update(.key(.escape))
    #expect(state.route == .search("fixture deliverable due in june"), "the same list, in the fixture")
    #expect(state.position(for: state.route).selected == row)
    // The same list in the fixture: its bundled rows are now the other plan's.
    #expect(state.layout.screen?.plan(of: row ?? 0) == nil)
  }

  @Test func aMeetingOpenedByItsIdIsSelectedOnTheTimelineOfEveryPlan() {
    var state = FixturePlans.state(width: 120, height: 40)
    _ = state.update(.key(.down))
    _ = state.update(.key(.enter))
    _ = state.update(.key(.character("m")))
    #expect(state.route == .meeting("fx-jc-1"))
    _ = state.update(.key(.escape))
    #expect(state.route == .timeline)
    let selected = state.position(for: .timeline).selected
    #expect(state.layout.screen?.destination(of: selected, context: state.context()) == .meeting("fx-jc-1"))
  }

  @Test func uOnARowOfAnotherPlanSaysWhereToRecordIt() {
    var state = Self.bundledShowing(.timeline, width: 120, height: 40)
    let layout = state.layout
    let row = (0..<(layout.list?.itemCount ?? 0)).first { layout.screen?.plan(of: $0) != nil } ?? 0
    state.positions[.timeline] = ListPosition(selected: row)
    _ = state.update(.key(.character("u")))
    #expect(state.updateForm == nil, "nothing recorded in the bundled plan's journal for the fixture's meeting")
    #expect(state.notice == "this row is of plan fx: Enter opens it there, where u records its update")
  }

  @Test func aPlanPutAwayThatChangesChangesTheListShown() {
    var state = Self.bundledShowing(.watchlist, width: 120, height: 40)
    expectScreen(render(state, 120, 40), shows: ["Overdue milestones and deliverables (10)", "fx ! 1.2"])
    // The fixture's file read anew without 1.2, while the bundled plan is shown.
    var fixture = FixturePlans.next
    fixture.pillars[0].sectors[0].commitments.remove(at: 1)
    _ = state.update(.planReloaded(fixture))
    let screen = render(state, 120, 40)
    expectScreen(screen, shows: ["Overdue milestones and deliverables (9)", "fx ! 1.1"])
    #expect(!screen.contains("fx ! 1.2"))
  }

  @Test func withOnePlanNoRowNamesAPlan() {
    var state = Briefing.state(showing: .timeline, width: 120, height: 40)
    let layout = state.layout
    #expect((0..<(layout.list?.itemCount ?? 0)).allSatisfy { layout.screen?.plan(of: $0) == nil })
    #expect(!render(state, 120, 40).lines.contains { $0.hasPrefix("> lk ") || $0.hasPrefix("  lk ") })
    state.helpOpen = true
    #expect(!render(state, 120, 40).contains("in its plan"))
  }
}
