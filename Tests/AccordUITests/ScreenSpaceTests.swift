import AccordCore
import AccordLocalization
import AccordText
import Testing

@testable import AccordUI

/// Screens that use their space: figures near the names, full labels where there is room,
/// names shortened before figures, no alarm for nothing overdue.
@Suite struct ScreenSpaceTests {
  @Test(arguments: 0..<5)
  func pillarFiguresStandNextToTheSectorNamesOnAWideScreen(pillar: Int) {
    let screen = render(Briefing.state(showing: .pillar(pillar), width: 200, height: 60), 200, 60)
    expectFits(screen)
    let sectors = Briefing.plan.pillars[pillar].sectors
    let longest = sectors.map { DisplayWidth.of("\($0.id) \($0.name)") }.max()!
    let heading = screen.lines[screen.row(of: "Deliverables done")!]
    let column = DisplayWidth.of(String(heading[..<heading.range(of: "Deliverables done")!.lowerBound]))
    // The marker gutter, the longest name, a gap of at most three columns.
    #expect(column <= 2 + longest + 3, "figures at column \(column), names end at \(2 + longest):\n\(screen)")
  }

  @Test func theSectorHeaderAtEightyColumnsShortensTheNameAndKeepsTheFigures() {
    let view = PlanView(plan: Briefing.plan, today: Briefing.today)
    for sector in Briefing.plan.sectors {
      let screen = render(Briefing.state(showing: .sector(sector.id), width: 80, height: 24), 80, 24)
      let header = screen.lines[1]
      #expect(
        header.contains(
          Writing.english.localized("%d commitment", plural: "%d commitments", count: sector.commitments.count)),
        "\(sector.id):\n\(screen)")
      let summary = view.progress(of: view.place(ofSector: sector.id)!)
      let figures =
        summary.deliverables == 0 ? "no deliverables" : "\(summary.deliverablesDone)/\(summary.deliverables)"
      #expect(header.contains(figures), "sector \(sector.id) lost its figures:\n\(screen)")
    }
  }

  @Test func theTimelineShowsFullTypeLabelsOnAWideScreenAndShortWholeOnesOnANarrowOne() {
    let wide = render(Briefing.state(showing: .timeline, width: 200, height: 60), 200, 60)
    // Tall enough to list every meeting: the test is about width.
    let narrow = render(Briefing.state(showing: .timeline, width: 80, height: 100), 80, 100)
    let types = Set(Briefing.plan.meetings.filter { !$0.isContext }.map(\.type)).filter { $0.label.count > 6 }
    #expect(!types.isEmpty)
    for type in types {
      #expect(wide.contains(" \(type.label) "), "\(type.label) cut at 200 columns:\n\(wide)")
      #expect(
        narrow.contains(" \(type.narrowLabel()) "),
        "\(type.label) not shortened to \(type.narrowLabel()) at 80 columns:\n\(narrow)")
      #expect(!narrow.contains(" \(type.label.prefix(5))… "), "\(type.label) cut short at 80 columns:\n\(narrow)")
    }
  }

  @Test func theKioskWatchListKeepsTypeLabelsApartFromTitles() {
    var state = Briefing.state(width: 200, height: 60)
    state.startKiosk(cycle: 1)
    for _ in 0..<8 { _ = state.update(.tick(WallTime(day: Briefing.today, hour: 12, minute: 5))) }
    #expect(state.kiosk?.page == .watchlist)
    let screen = render(state, 200, 60)
    for meeting in state.schedule.upcoming.prefix(5) where meeting.date != nil {
      let row = screen.lines[screen.row(of: String(meeting.title.prefix(20)))!]
      #expect(row.contains("\(meeting.type.label) "), "\(meeting.type.label) runs into the title:\n\(screen)")
    }
  }

  @Test func noneOverdueIsNotDrawnAsAnAlarm() {
    let screen = render(Briefing.state(width: 120, height: 40), 120, 40)
    let row = screen.row(of: "none overdue")!
    let line = screen.lines[row]
    let x = DisplayWidth.of(String(line[..<line.range(of: "none overdue")!.lowerBound]))
    #expect(screen.grid[x, row].style.role != .statusOverdue)
    #expect(!line.contains("! none overdue"))
    let state = Briefing.state(width: 120, height: 40)
    let words = "! \(state.view.pillars.first { !$0.progress.overdue.isEmpty }!.progress.overdue.count) overdue"
    let late = screen.row(of: words)!
    let lateLine = screen.lines[late]
    let lateX = DisplayWidth.of(String(lateLine[..<lateLine.range(of: words)!.lowerBound]))
    #expect(screen.grid[lateX, late].style.role == .statusOverdue)
  }
}

@Suite struct AsciiLookalikeTests {
  @Test func typographicQuotesAndDashesBecomeTheirAsciiLookalikesAndCutTextEndsWithDots() {
    var plan = Briefing.plan
    plan.pillars[2].sectors[7].commitments[2].text =
      "Implementing the \u{201C}MoU\u{201D} \u{2013} the partners\u{2019} 2024\u{2026}2025 plan \u{2014} with Lao ວຽງຈັນ"
    var state = AppState(
      plan: plan, today: Briefing.today, options: DisplayOptions(ascii: true),
      size: TerminalSize(width: 120, height: 40))
    let id = plan.pillars[2].sectors[7].commitments[2].id
    let shown = state.show(.commitment(id))
    #expect(shown)
    let screen = render(state, 120, 40)
    expectScreen(screen, shows: ["Implementing the \"MoU\" - the partners' 2024...2025 plan - with Lao ?"])
    #expect(screen.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(screen)")
    // A cut title ends with three dots.
    state.show(.sector(plan.pillars[2].sectors[7].id))
    let sector = render(state, 80, 24)
    #expect(sector.lines.contains { $0.hasSuffix("...") }, "\(sector)")
    #expect(!sector.lines.contains { $0.hasSuffix("~") }, "\(sector)")
  }
}

@Suite struct WallScreenTests {
  @Test func atThreeHundredByAHundredThePanesAreThreeAndTwoWithFullTitlesAndReports() {
    let state = Briefing.state(width: 300, height: 100)
    let screen = render(state, 300, 100)
    expectFits(screen)
    let panes = state.layout.panes!
    #expect(panes.columns == 3 && panes.panes.count == 5 && panes.strip != nil)
    #expect(panes.panes.allSatisfy { $0.width >= 90 })
    for pillar in Briefing.plan.pillars { expectScreen(screen, shows: ["\(pillar.id) \(pillar.name)"]) }
    // A report summary that a 60-column pane cut is whole.
    expectScreen(screen, shows: ["2025-11-26 1.4 15th Joint Commission on Bilateral Cooperation held in Vientiane"])
    expectScreen(screen, shows: ["Timeline (t)"])
  }
}
