import AccordCore
import AccordLocalization
import Testing

@testable import AccordUI

/// `f`: filters that combine, say they are on until cleared, and hold for every list and count.
@Suite struct FilterScreenTests {
  static let sizes = FindingScreenTests.sizes

  @Test(arguments: sizes)
  func fOpensTheMenuAndAFilterSaysItIsOnUnderEveryHeader(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("f"))
    var screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(
      screen, shows: ["Filters", "s  status", "o  overdue only", "y  target year", "m  meeting type", "x  clear all"])
    press(&state, typing("o") + [.escape])
    #expect(!state.filterMenuOpen)
    let titles: [(Route, String)] = [
      (.overview, "Lao PDR-Cambodia"), (.pillar(1), "II Defense and Security Cooperation"), (.timeline, "Timeline"),
      (.agencies, "Agencies"), (.watchlist, "Watch"),
    ]
    for (route, title) in titles {
      state.show(route)
      screen = render(state, size[0], size[1])
      expectFits(screen)
      // The overview's header is its title bar, countdown, pace and next meeting; elsewhere the title bar.
      let header = route == .overview ? OverviewScreen.headerRows : 1
      #expect(screen.lines[0].contains(title), "\(route) lost its title bar:\n\(screen)")
      #expect(
        screen.lines[header].hasPrefix(" filtered: overdue"),
        "\(route) does not say the filter is on under its header:\n\(screen)")
      #expect(!screen.lines[header - 1].contains("filtered"), "\(route):\n\(screen)")
    }
  }

  @Test(arguments: sizes)
  func filtersCombineAndHoldForThePaneCountsAndEveryList(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    let overdue = state.view.overdue
    // Overdue, then pillar II (p steps: I, then II).
    press(&state, typing("fopp") + [.escape])
    #expect(state.filters.commitments.overdueOnly && state.filters.commitments.pillar == 1)
    let inPillarII = overdue.filter { state.view.place(ofCommitment: $0.id)?.sector.pillar == 1 }
    #expect(state.plan.commitments.map(\.id) == inPillarII.map(\.id))
    var screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(screen, shows: ["filtered: overdue · pillar: II Defense and Security"])
    if size[1] >= 40 {
      expectScreen(
        screen,
        shows: [
          "\(Writing.english.localized("%d commitment", plural: "%d commitments", count: inPillarII.count))",
          "0 commitments",
        ])
    }
    // A sector's list and a search obey it too.
    state.show(.sector("16"))
    #expect(state.listGeometry(for: state.route)?.rowItems.count == 0)
    press(&state, typing("/joint"))
    screen = render(state, size[0], size[1])
    #expect(!screen.contains("Commitments ("), "\(screen)")
    press(&state, [.escape])
    // x in the menu clears them all, and the line goes.
    press(&state, typing("fx") + [.escape])
    #expect(state.filters.isEmpty)
    screen = render(state, size[0], size[1])
    #expect(!screen.contains("filtered:"), "\(screen)")
    #expect(state.plan.commitments.count == Briefing.plan.commitments.count)
  }

  @Test(arguments: sizes)
  func theTimelineFiltersByMeetingTypeStatusAndYear(size: [Int]) {
    var state = Briefing.state(showing: .timeline, width: size[0], height: size[1])
    press(&state, typing("fm") + [.escape])
    #expect(state.filters.meetings.types == [.jointCommission])
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(screen, shows: ["filtered: type: JC"])
    #expect(state.view.timeline.allSatisfy { $0.type == .jointCommission })
    #expect(!state.view.timeline.isEmpty)
    press(&state, typing("fe") + [.escape])
    #expect(state.view.timeline.allSatisfy { $0.date?.year == 2023 })
    expectScreen(render(state, size[0], size[1]), shows: ["filtered: type: JC · in 2023"])
  }

  /// The whole screen with a filter on, the line under the header and the screen's body as
  /// without filters, one row lower.
  @Test(arguments: sizes)
  func theFilterLineGoesUnderTheHeaderOfTheOverviewAndTheTimeline(size: [Int]) {
    for route: Route in [.overview, .timeline] {
      var state = Briefing.state(showing: route, width: size[0], height: size[1])
      press(&state, typing("fo") + [.escape])
      let name = route == .overview ? "overview" : "timeline"
      expectGolden(render(state, size[0], size[1]), named: "filtered-\(name)-\(size[0])x\(size[1])")
    }
  }

  /// The overview's header keeps its place above the filter line, and so does its click.
  @Test(arguments: sizes)
  func theNextMeetingStillOpensWithAClickWhileFiltered(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("fo") + [.escape])
    let next = state.schedule.nextMeeting!
    let row = render(state, size[0], size[1]).row(of: "Next meeting:")!
    #expect(row == OverviewScreen.headerRows - 1)
    _ = state.update(.mouse(MouseEvent(x: 20, y: row + 1, action: .click)))
    #expect(state.route == .overview, "a click on the filter line opened something")
    _ = state.update(.mouse(MouseEvent(x: 20, y: row, action: .click)))
    #expect(state.route == .meeting(next.id))
  }

  @Test func aFilterOnAStatusKeepsOnlyThatStatusAndItsConfidence() {
    var state = Briefing.state(width: 120, height: 40)
    press(&state, typing("fs") + [.escape])
    #expect(state.plan.commitments.allSatisfy { $0.status == .done })
    expectScreen(render(state, 120, 40), shows: ["filtered: status: done"])
    press(&state, typing("fcc") + [.escape])
    #expect(state.plan.commitments.allSatisfy { $0.status == .done && $0.statusConfidence == .reported })
  }
}
