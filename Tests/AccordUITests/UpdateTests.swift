import AccordCore
import AccordText
import Testing

@testable import AccordUI

@Suite struct UpdateTests {
  var state = Briefing.state()

  @Test func enterDrillsDownFromOverviewToCommitmentAndEscapeComesBack() {
    var state = state
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))
    _ = state.update(.key(.enter))
    #expect(state.route == .pillar(2))
    for _ in 0..<7 { _ = state.update(.key(.down)) }
    _ = state.update(.key(.enter))
    #expect(state.route == .sector("16"))
    _ = state.update(.key(.character("j")))
    _ = state.update(.key(.character("j")))
    _ = state.update(.key(.enter))
    #expect(state.route == .commitment("16.3"))
    expectScreen(render(state, 80, 24), shows: ["Target: see its milestones"])
    _ = state.update(.key(.escape))
    #expect(state.route == .sector("16"))
    #expect(state.position(for: .sector("16")).selected == 2)
    _ = state.update(.key(.backspace))
    _ = state.update(.key(.escape))
    #expect(state.route == .overview)
    #expect(state.position(for: .overview).selected == 2)
  }

  @Test func escapeAtTheOverviewDoesNothing() {
    var state = state
    let before = render(state, 80, 24)
    do {
      let effect = state.update(.key(.escape))
      #expect(effect == .none)
    }
    #expect(state.route == .overview)
    #expect(render(state, 80, 24).text == before.text)
  }

  @Test func digitsJumpToTheirPillar() {
    var state = state
    for digit in 1...5 {
      _ = state.update(.key(.character(Character(String(digit)))))
      #expect(state.route == .pillar(digit - 1))
      #expect(state.routes == [.overview, .pillar(digit - 1)])
    }
    _ = state.update(.key(.escape))
    #expect(state.position(for: .overview).selected == 4)
  }

  @Test func tOpensTheTimelineAndEnterOpensAMeeting() {
    var state = state
    _ = state.update(.key(.character("t")))
    #expect(state.route == .timeline)
    _ = state.update(.key(.end))
    _ = state.update(.key(.enter))
    let schedule = Schedule(plan: Briefing.plan.asOf(Briefing.today), today: Briefing.today)
    #expect(state.route == .meeting(schedule.past.last!.id))
    _ = state.update(.key(.character("t")))
    #expect(state.routes == [.overview, .timeline])
  }

  @Test func questionMarkOpensHelpAndAnyKeyClosesIt() {
    var state = state
    _ = state.update(.key(.character("?")))
    #expect(state.helpOpen)
    _ = state.update(.resize(width: 100, height: 30))
    #expect(state.helpOpen)
    do {
      let effect = state.update(.key(.character("q")))
      #expect(effect == .none)
    }
    #expect(!state.helpOpen)
    #expect(state.route == .overview)
  }

  @Test func qAndControlCQuit() {
    var state = state
    do {
      let effect = state.update(.key(.character("q")))
      #expect(effect == .quit)
    }
    do {
      let effect = state.update(.key(.control("c")))
      #expect(effect == .quit)
    }
    state.helpOpen = true
    do {
      let effect = state.update(.key(.control("c")))
      #expect(effect == .quit)
    }
  }

  @Test func controlLAsksForARepaintOnEveryScreenAndInTheKiosk() {
    var state = state
    _ = state.update(.key(.enter))
    let before = render(state, 80, 24)
    do {
      let effect = state.update(.key(.control("l")))
      #expect(effect == .redraw)
    }
    #expect(render(state, 80, 24).text == before.text, "a repaint changes nothing else")
    #expect(
      KeyMap.bindings(for: state.route).contains { $0.label == "Ctrl-L" && $0.action == .redraw }, "the help lists it")
    state.startKiosk(cycle: 20)
    do {
      let effect = state.update(.key(.control("l")))
      #expect(effect == .redraw)
    }
  }

  @Test func aClickSelectsThePaneUnderThePointerAndADoubleClickOpensIt() {
    var state = state
    let screen = render(state, 80, 24)
    let row = screen.row(of: "IV Socio-Cultural")!
    _ = state.update(.mouse(MouseEvent(x: 5, y: row + 2, action: .click)))
    #expect(state.position(for: .overview).selected == 3)
    #expect(state.route == .overview)
    _ = state.update(.mouse(MouseEvent(x: 30, y: row + 2, action: .doubleClick)))
    #expect(state.route == .pillar(4))
  }

  @Test func aClickInAListSelectsTheRowAndTheWheelMovesTheSelection() {
    var state = Briefing.state(showing: .sector("16"))
    let row = render(state, 80, 24).row(of: "16.5")!
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .click)))
    #expect(state.position(for: .sector("16")).selected == 4)
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .wheelDown)))
    #expect(state.position(for: .sector("16")).selected == 5)
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .wheelUp)))
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .wheelUp)))
    #expect(state.position(for: .sector("16")).selected == 3)
    _ = state.update(.mouse(MouseEvent(x: 10, y: row, action: .doubleClick)))
    #expect(state.route == .commitment("16.5"))
  }

  @Test func aClickOnAHeadingOrOutsideTheListSelectsNothing() {
    var state = Briefing.state(showing: .timeline)
    let screen = render(state, 80, 24)
    let heading = screen.row(of: "Upcoming (")!
    _ = state.update(.key(.down))
    _ = state.update(.mouse(MouseEvent(x: 10, y: heading, action: .click)))
    _ = state.update(.mouse(MouseEvent(x: 10, y: 0, action: .click)))
    #expect(state.position(for: .timeline).selected == 1)
    #expect(state.route == .timeline)
  }

  @Test func resizeKeepsTheSelectionAndKeepsItInView() {
    var state = Briefing.state(showing: .timeline, width: 120, height: 40)
    _ = state.update(.key(.end))
    let selected = state.position(for: .timeline).selected
    _ = state.update(.resize(width: 80, height: 24))
    #expect(state.size == TerminalSize(width: 80, height: 24))
    #expect(state.position(for: .timeline).selected == selected)
    let screen = render(state, 80, 24)
    let last = Schedule(plan: Briefing.plan.asOf(Briefing.today), today: Briefing.today).past.last!
    expectScreen(screen, shows: ["> " + Glyphs(ascii: false).mark(last.type)])
    expectScreen(screen, shows: [String(last.title.prefix(20))])
  }

  @Test func pageDownAndEndMoveThroughALongList() {
    var state = Briefing.state(showing: .timeline)
    let geometry = state.listGeometry(for: .timeline)!
    _ = state.update(.key(.pageDown))
    #expect(state.position(for: .timeline).selected == geometry.visibleRows - 1)
    _ = state.update(.key(.end))
    #expect(state.position(for: .timeline).selected == geometry.itemCount - 1)
    _ = state.update(.key(.home))
    #expect(state.position(for: .timeline) == ListPosition())
    _ = state.update(.key(.pageUp))
    #expect(state.position(for: .timeline).selected == 0)
  }

  @Test func theOverviewGridMovesByRowsWithUpAndDown() {
    var state = state
    _ = state.update(.key(.down))
    #expect(state.position(for: .overview).selected == 3)
    _ = state.update(.key(.character("l")))
    #expect(state.position(for: .overview).selected == 4)
    _ = state.update(.key(.right))
    #expect(state.position(for: .overview).selected == 4)
    _ = state.update(.key(.character("k")))
    #expect(state.position(for: .overview).selected == 1)
  }

  @Test func aTickLeavesAFixedDayAndTheScreenAlone() {
    var state = state
    let before = render(state, 80, 24).text
    let nextDay = WallTime(day: Briefing.today.adding(days: 1), hour: 0, minute: 1)
    do {
      let effect = state.update(.tick(nextDay))
      #expect(effect == .none)
    }
    #expect(state.today == Briefing.today, "--today fixes the day")
    #expect(render(state, 80, 24).text == before)
  }

  @Test func withoutAFixedDayTheDateMovesOnAtMidnight() {
    var state = state
    state.followsClock = true
    _ = state.update(.tick(WallTime(day: Briefing.today.adding(days: 1), hour: 0, minute: 0)))
    #expect(state.today == Briefing.today.adding(days: 1))
    expectScreen(render(state, 80, 24), shows: ["401 days to period end"])
  }

  @Test func showingAMissingIdLeavesTheStateAlone() {
    var state = state
    do {
      let shown = state.show(.sector("99"))
      #expect(!shown)
    }
    do {
      let shown = state.show(.commitment("1.99"))
      #expect(!shown)
    }
    do {
      let shown = state.show(.meeting("nope"))
      #expect(!shown)
    }
    do {
      let shown = state.show(.pillar(7))
      #expect(!shown)
    }
    #expect(state.routes == [.overview])
  }
}
