import AccordCore
import Testing

@testable import AccordUI

@Suite struct WidgetTests {
  let glyphs = Glyphs(ascii: false)
  let tinyAreas = [
    Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 1, height: 1),
    Rect(x: 0, y: 0, width: 20, height: 6),
  ]

  func widgets() -> [any Widget] {
    let plan = Briefing.plan
    let schedule = Schedule(plan: plan, today: Briefing.today)
    return [
      Block(title: "I Political", selected: true, glyphs: glyphs),
      Gauge(ratio: 0.5, label: "1/2 50%", glyphs: glyphs),
      CountdownWidget(schedule: schedule, glyphs: glyphs),
      PaceWidget(elapsed: 0.78, done: 3, deliverables: 30, glyphs: glyphs),
      TimelineAxis(
        start: Day(year: 2023, month: 1, day: 1), end: plan.info.validUntil, today: Briefing.today,
        meetings: plan.meetings, glyphs: glyphs),
      Paragraph(lines: [StyledLine("ພາສາລາວ ភាសាខ្មែរ 中文"), StyledLine("x", indent: 30)]),
      PillarPane(pillar: plan.pillars[2], index: 2, today: Briefing.today, selected: true, glyphs: glyphs),
      HelpOverlay(route: .timeline, glyphs: glyphs),
      TooSmallScreen(size: TerminalSize(width: 1, height: 1), minimum: AppState.minimumSize),
    ]
  }

  @Test func everyWidgetDrawsInZeroOneAndSmallAreasWithoutCrashing() {
    for widget in widgets() {
      for area in tinyAreas {
        var grid = CellGrid(width: area.width, height: area.height)
        grid.draw(widget, in: area)
        expectFits(Screen(grid: grid))
      }
      // An area partly outside the grid is clipped, not a crash.
      var grid = CellGrid(width: 5, height: 3)
      grid.draw(widget, in: Rect(x: 3, y: 1, width: 40, height: 10))
      expectFits(Screen(grid: grid))
    }
  }

  @Test func aGaugeShowsItsFigureAfterABarOfFilledAndEmptyCells() {
    var grid = CellGrid(width: 20, height: 1)
    grid.draw(Gauge(ratio: 0.2, label: Gauge.figure(done: 1, of: 5), glyphs: glyphs), in: grid.area)
    #expect(grid.line(0) == "██░░░░░░░░░░ 1/5 20%")
    var ascii = CellGrid(width: 20, height: 1)
    ascii.draw(Gauge(ratio: 0.2, label: "1/5 20%", glyphs: Glyphs(ascii: true)), in: ascii.area)
    #expect(ascii.line(0) == "##.......... 1/5 20%")
  }

  @Test func aGaugeWithNoRoomForABarKeepsItsFigure() {
    var grid = CellGrid(width: 8, height: 1)
    grid.draw(Gauge(ratio: 1, label: "5/5 100%", glyphs: glyphs), in: grid.area)
    #expect(grid.line(0) == "5/5 100%")
  }

  @Test func anyProgressShowsAtLeastOneCellAndOnlyAllOfItFillsTheBar() {
    #expect(Gauge.filled(0.01, width: 10) == 1)
    #expect(Gauge.filled(0.99, width: 10) == 9)
    #expect(Gauge.filled(1, width: 10) == 10)
    #expect(Gauge.filled(0, width: 10) == 0)
  }

  @Test func aSelectedBlockIsMarkedWithoutColour() {
    var grid = CellGrid(width: 20, height: 3)
    grid.draw(Block(title: "I Political", selected: true, glyphs: glyphs), in: grid.area)
    #expect(Screen(grid: grid).lines == ["╔═ > I Political ══╗", "║                  ║", "╚══════════════════╝"])
    var plain = CellGrid(width: 20, height: 3)
    plain.draw(Block(title: "I Political", glyphs: Glyphs(ascii: true)), in: plain.area)
    #expect(Screen(grid: plain).lines == ["+- I Political ----+", "|                  |", "+------------------+"])
  }

  @Test func aLongTitleIsCutWithAnEllipsisInsideTheBorder() {
    var grid = CellGrid(width: 16, height: 3)
    grid.draw(Block(title: "II Defence and Security", glyphs: glyphs), in: grid.area)
    #expect(grid.line(0) == "┌─ II Defenc… ─┐")
  }

  @Test func theTodayMarkerAndYearTicksSitOnTheAxis() {
    var grid = CellGrid(width: 61, height: 4)
    let axis = TimelineAxis(
      start: Day(year: 2023, month: 1, day: 1), end: Day(year: 2028, month: 1, day: 1),
      today: Day(year: 2025, month: 7, day: 2),
      meetings: [], glyphs: glyphs)
    grid.draw(axis, in: grid.area)
    let screen = Screen(grid: grid)
    let todayColumn = axis.column(of: Day(year: 2025, month: 7, day: 2), width: 61)!
    #expect(todayColumn == 30)
    #expect(Array(screen.lines[0])[30] == "▼")
    #expect(screen.lines[2].hasPrefix("2023"))
    #expect(screen.lines[2].contains("2025"))
    // Nothing on the axis, nothing in the key but today.
    #expect(screen.lines[3].trimmingCharacters(in: .whitespaces) == "▼ today")
  }

  @Test func theLegendKeysOnlyTheMarksOnTheAxis() {
    let commission = Meeting(
      id: "jc", title: "JC", type: .jointCommission, date: .day(year: 2025, month: 11, day: 26), status: .held,
      source: "s")
    var undrawn = commission
    undrawn.type = .jointBorderCommittee
    undrawn.date = nil
    let axis = TimelineAxis(
      start: Day(year: 2023, month: 1, day: 1), end: Day(year: 2028, month: 1, day: 1),
      today: Day(year: 2025, month: 7, day: 2),
      meetings: [commission, undrawn], glyphs: Glyphs(ascii: false))
    // A Joint Border Committee with no date is not on the axis: its mark is not in the key.
    #expect(axis.legend == "◆ JC  ▼ today")
  }
}
