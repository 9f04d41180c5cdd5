import AccordCore
import Testing

@testable import AccordUI

@Suite struct ScreenLayoutTests {
  static let sizes = Briefing.sizes.map { [$0.width, $0.height] }

  @Test(arguments: sizes)
  func aClickAnywhereInAPaneHitsThatPillar(size: [Int]) {
    let state = Briefing.state(width: size[0], height: size[1])
    let screen = render(state, size[0], size[1])
    let panes = state.layout.panes!.panes
    #expect(panes.count == 5)
    for (index, pane) in panes.enumerated() {
      // The pane drawn there carries this pillar's name on its top border.
      let top = String(screen.lines[pane.y].dropFirst(pane.x).prefix(pane.width))
      #expect(top.contains(String(Briefing.plan.pillars[index].id + " ")), "\(top)")
      for (x, y) in [
        (pane.x, pane.y), (pane.right - 1, pane.bottom - 1), (pane.x + pane.width / 2, pane.y + pane.height / 2),
      ] {
        #expect(state.layout.target(atX: x, y: y, offset: 0) == index, "\(x),\(y) at \(size)")
        var clicked = state
        _ = clicked.update(.mouse(MouseEvent(x: x, y: y, action: .click)))
        #expect(clicked.position(for: .overview).selected == index)
      }
    }
    // The header above the panes is no pillar.
    #expect(state.layout.target(atX: 1, y: 0, offset: 0) == nil)
  }

  @Test(arguments: sizes)
  func aClickOnAListRowHitsTheItemDrawnThere(size: [Int]) {
    var state = Briefing.state(showing: .sector("16"), width: size[0], height: size[1])
    let commitments = Briefing.plan.sector(id: "16")!.commitments
    _ = state.update(.key(.end))
    let offset = state.position(for: .sector("16")).offset
    let screen = render(state, size[0], size[1])
    var hits = 0
    for y in 0..<size[1] {
      guard let item = state.layout.target(atX: 4, y: y, offset: offset) else { continue }
      #expect(
        screen.lines[y].contains(" \(commitments[item].id) "), "row \(y) hits \(commitments[item].id):\n\(screen)")
      hits += 1
    }
    #expect(hits == min(commitments.count, state.layout.list!.visibleRows))
    // The title bar, the summary line and the footer hit nothing.
    for y in [0, 1, size[1] - 1] { #expect(state.layout.target(atX: 4, y: y, offset: offset) == nil) }
  }

  @Test(arguments: sizes)
  func theTimelinesHeadingsAndADocumentsLinesHitNothing(size: [Int]) {
    let timeline = Briefing.state(showing: .timeline, width: size[0], height: size[1])
    let screen = render(timeline, size[0], size[1])
    let heading = screen.row(of: "Upcoming (")!
    #expect(timeline.layout.target(atX: 10, y: heading, offset: 0) == nil)
    #expect(timeline.layout.target(atX: 10, y: heading + 1, offset: 0) == 0)
    let document = Briefing.state(showing: .commitment("16.3"), width: size[0], height: size[1])
    #expect((0..<size[1]).allSatisfy { document.layout.target(atX: 10, y: $0, offset: 0) == nil })
  }

  @Test func onlyTheScreensOnTheStackKeepTheirSelection() {
    var state = Briefing.state()
    for key: Key in [
      .character("3"), .down, .down, .enter, .down, .down, .escape, .escape, .character("t"), .end, .escape,
      .character("1"),
    ] {
      _ = state.update(.key(key))
      #expect(
        Set(state.positions.keys).isSubset(of: Set(state.routes)),
        "after \(key): \(state.positions.keys) for \(state.routes)")
    }
    #expect(state.routes == [.overview, .pillar(0)])
    // Going back into a screen closed earlier starts it afresh.
    _ = state.update(.key(.character("t")))
    #expect(state.position(for: .timeline) == ListPosition())
  }

  @Test func thePlanViewIsBuiltOnlyWhenThePlanOrTheDayChanges() {
    var state = Briefing.state(showing: .timeline)
    let built = state.viewGeneration
    for key: Key in [.down, .down, .pageDown, .end, .home, .enter, .escape, .character("c"), .character("?"), .escape] {
      _ = state.update(.key(key))
    }
    _ = state.update(.resize(width: 120, height: 40))
    _ = state.update(.tick(WallTime(day: Briefing.today, hour: 9, minute: 0)))
    #expect(state.viewGeneration == built)
    state.followsClock = true
    _ = state.update(.tick(WallTime(day: Briefing.today.adding(days: 1), hour: 0, minute: 0)))
    #expect(state.viewGeneration == built + 1)
    _ = state.update(.planReloaded(Briefing.plan))
    #expect(state.viewGeneration == built + 2)
  }

  @Test func aKeyThatOnlyMovesTheSelectionKeepsTheFramesLayout() {
    var state = Briefing.state(showing: .commitment("1.1"))
    let before = state.frame?.key
    _ = state.update(.key(.down))
    #expect(state.frame?.key == before)
    #expect(state.position(for: .commitment("1.1")).offset == 1)
    _ = state.update(.resize(width: 100, height: 30))
    #expect(state.frame?.key.size == TerminalSize(width: 100, height: 30))
    #expect(state.frame?.document.first?.text == "1.1")
  }
}
