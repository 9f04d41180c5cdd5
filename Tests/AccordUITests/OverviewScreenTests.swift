import AccordCore
import Foundation
import Testing

@testable import AccordUI

@Suite struct OverviewScreenTests {
  let plan = Briefing.plan

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func showsAllFivePillarsByName(size: [Int]) {
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    expectScreen(
      screen,
      shows: ["I Political", "II Defense and Secur", "III Economic and Te", "IV Socio-Cultural", "V Multilateral"])
    expectFits(screen)
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theCountdownCountsDaysToThePeriodEndAndTheValidityEnd(size: [Int]) {
    let today = Briefing.today
    let toPeriodEnd = today.days(until: plan.info.periodEnd)
    let toValidityEnd = today.days(until: plan.info.validUntil)
    #expect(toPeriodEnd == 402)
    #expect(toValidityEnd == 446)
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    expectScreen(
      screen,
      shows: [
        "\(toPeriodEnd) days to period end 2027-12-31", "valid until 2028-02-13, \(toValidityEnd) days",
        "today 2026-11-24",
      ])
  }

  @Test func theHeaderShowsThePaceAndTheNextMeeting() {
    let schedule = Schedule(plan: plan, today: Briefing.today)
    let total = ProgressSummary(plan: plan, on: Briefing.today)
    let screen = render(Briefing.state(width: 120, height: 40), 120, 40)
    let elapsed = Int((schedule.elapsedShare * 100).rounded())
    let done = Int((total.shareDone * 100).rounded())
    expectScreen(
      screen,
      shows: [
        "\(elapsed)% gone", "\(done)% done (\(total.deliverablesDone)/\(total.deliverables))", "behind the calendar",
        "Next meeting: 2026, date to be confirmed", schedule.nextMeeting!.title.prefix(30).description,
      ])
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func eachPaneShowsItsDeliverablesFigureAndOverdueCount(size: [Int]) {
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    for pillar in plan.pillars {
      let summary = ProgressSummary(pillar: pillar, on: Briefing.today)
      let figure =
        summary.deliverables == 0
        ? "no deliverables" : Gauge.figure(done: summary.deliverablesDone, of: summary.deliverables)
      expectScreen(screen, shows: [figure])
    }
    expectScreen(screen, shows: ["1/5 20%", "2/17 12%", "! 2 overdue", "16 Trade and", "8 Law and Judicial"])
  }

  @Test func everyStatusCountHasAGlyphAndALabelAtEightyByTwentyFour() {
    let screen = render(Briefing.state(), 80, 24)
    expectScreen(screen, shows: ["✓ done", "◐ in progress", "↻ continuous", "○ not started", "? no report"])
  }

  @Test func theFirstPillarStartsSelectedWithADoubleBorderAndAMarker() {
    let screen = render(Briefing.state(), 80, 24)
    expectScreen(screen, shows: ["╔═ > I Political ═", "┌─ II Defense"])
    #expect(!screen.contains("> II Defense"))
  }

  @Test func movingTheSelectionMovesTheMarker() {
    var state = Briefing.state()
    _ = state.update(.key(.right))
    let screen = render(state, 80, 24)
    expectScreen(screen, shows: ["┌─ I Political ─", "╔═ > II Defense"])
  }

  @Test func wideTerminalsPutTheFivePanesInARowWithATimelineStrip() {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    let row = screen.row(of: "I Political")!
    for name in [
      "II Defense and Security Cooperati", "III Economic and Technical", "IV Socio-Cultural", "V Multilateral",
    ] {
      #expect(screen.lines[row].contains(name), "\(name) not in the row of panes:\n\(screen)")
    }
    expectScreen(screen, shows: ["Timeline (t)", "▼ today 2026-11-24", "2024", "2027", "◆ JC"])
  }

  @Test func smallTerminalsStackTheFivePillarsOneALine() {
    let screen = render(Briefing.state(width: 50, height: 14), 50, 14)
    expectFits(screen)
    for name in ["> I Political", "II Defense", "III Econ", "IV Socio", "V Multi"] {
      expectScreen(screen, shows: [name])
    }
  }

  @Test func asciiModeDrawsNothingButAscii() {
    for size in Briefing.sizes {
      let screen = render(Briefing.state(ascii: true, width: size.width, height: size.height), size.width, size.height)
      #expect(screen.text.allSatisfy { $0.isASCII }, "non-ASCII at \(size):\n\(screen)")
      expectScreen(screen, shows: ["#= > I Political =", "[x] done", "402 days"])
    }
  }

  @Test func eightyByTwentyFourMatchesTheRecordedScreen() {
    expectGolden(render(Briefing.state(), 80, 24), named: "overview-80x24")
    expectGolden(render(Briefing.state(ascii: true), 80, 24), named: "overview-80x24-ascii")
  }

  // MARK: The lower half of a tall pane

  /// The rows of the pane at `index` as text, cut to its columns.
  func pane(_ index: Int, of screen: Screen) -> [String] {
    let grid = screen.grid
    let rect = OverviewScreen.layout(in: grid.area, pillars: plan.pillars.count).panes[index]
    return (rect.y..<rect.bottom).map { y in
      var text = (rect.x..<rect.right).map { grid[$0, y].symbol }.joined()
      while text.last == " " { text.removeLast() }
      return text
    }
  }

  /// The rows under a pane's `Latest reports` heading, up to the next blank row, that start a
  /// report (a date in its column; a summary wrapped over more rows goes on under it).
  func reportRows(_ lines: [String]) -> [String] {
    guard let header = lines.firstIndex(where: { $0.contains("Latest reports") }) else { return [] }
    return Array(
      lines[(header + 1)...].prefix {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "│║ ")) != "" && !$0.contains("─") && !$0.contains("═")
      }
    )
    .filter { $0.dropFirst(4).prefix(4).allSatisfy(\.isNumber) }
  }

  /// The pillar's evidence on or before `today`, newest first, as `(date, commitment id, evidence)`.
  func reports(of pillar: Pillar, on today: Day) -> [(date: PlanDate, id: String, evidence: Evidence)] {
    pillar.commitments.flatMap { commitment in
      commitment.evidence.map { (date: $0.date, id: commitment.id, evidence: $0) }
    }
    .filter { $0.date.latestDay <= today }
    .sorted { $1.date < $0.date }
  }

  @Test func aTallEconomicPaneListsItsLatestReportsNewestFirst() {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    expectFits(screen)
    let economic = plan.pillars.firstIndex { $0.name.hasPrefix("Economic and Technical") }!
    let lines = pane(economic, of: screen)
    let rows = reportRows(lines)
    let expected = reports(of: plan.pillars[economic], on: Briefing.today)
    #expect(!rows.isEmpty, "no latest reports in:\n\(lines.joined(separator: "\n"))")
    // The December 2024 signings: the agriculture MoU and the double taxation agreement.
    let december = expected.filter { $0.date == PlanDate(iso: "2024-12-04") }
    #expect(december.map(\.id).sorted() == ["17.6", "9.1"])
    for report in december {
      // Its first words (a tall pane wraps a summary over the rows it would leave empty).
      let opening = report.evidence.summary.split(separator: " ").prefix(2).joined(separator: " ")
      let row = rows.firstIndex { $0.contains("\(report.date) \(report.id) ") && $0.contains(opening) }
      #expect(row != nil, "\(report.id) \(report.evidence.summary) not listed:\n\(rows.joined(separator: "\n"))")
    }
    // Newest first: the rows' dates never rise, and the newest report leads.
    let dates = rows.map { row in PlanDate(iso: String(row.drop { !$0.isNumber }.prefix { !$0.isWhitespace }))! }
    #expect(dates == dates.sorted(by: >), "\(dates)")
    #expect(dates.first == expected.first?.date)
  }

  /// A tall pane with rows to spare goes on with a report's summary on the next rows, instead of
  /// cutting it at the pane's width.
  @Test func aTallPaneWithRowsToSpareWrapsEachReportsSummary() throws {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    let lines = pane(0, of: screen)
    let header = try #require(lines.firstIndex { $0.contains("Latest reports") })
    let newest = try #require(reports(of: plan.pillars[0], on: Briefing.today).first)
    let summaryColumn = try #require(lines[header + 1].range(of: " \(newest.id) ")).upperBound
    let first = lines[header + 1][summaryColumn...].trimmingCharacters(in: CharacterSet(charactersIn: " ║"))
    let next = lines[header + 2]
    #expect(next.dropFirst(4).prefix(10).allSatisfy { $0 == " " }, "the row under it goes on with the summary: \(next)")
    let shown = (first + " " + next[summaryColumn...].trimmingCharacters(in: CharacterSet(charactersIn: " ║")))
      .replacingOccurrences(of: "…", with: "")
    #expect(newest.evidence.summary.hasPrefix(shown), "\(shown) is not how \(newest.evidence.summary) begins")
    #expect(shown.count > 200 / 5 - 20, "more of it than one row holds: \(shown)")
  }

  @Test func reportedEvidenceIsMarkedByASignNotByColourAlone() {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    let economic = 2
    let lines = pane(economic, of: screen)
    let reported = reports(of: plan.pillars[economic], on: Briefing.today).filter {
      $0.evidence.confidence == .reported
    }
    #expect(!reported.isEmpty)
    expectScreen(screen, shows: ["~ reported"])
    for report in reported {
      #expect(
        lines.contains { $0.contains("~\(report.date) ") && $0.contains(" \(report.id) ") },
        "\(report.id) not marked:\n\(lines.joined(separator: "\n"))")
    }
    for report in reports(of: plan.pillars[economic], on: Briefing.today) where report.evidence.confidence == .confirmed
    {
      #expect(!lines.contains { $0.contains("~\(report.date) \(report.id) ") })
    }
  }

  @Test func aTallPaneListsItsOverdueDeliverablesWithTheirTargets() {
    let screen = render(Briefing.state(width: 200, height: 60), 200, 60)
    for (index, pillar) in plan.pillars.enumerated() {
      let lines = pane(index, of: screen)
      let overdue = pillar.commitments.filter { $0.isOverdue(on: Briefing.today) }
      #expect(lines.contains { $0.contains("Overdue deliverables") } == !overdue.isEmpty, "\(pillar.name)")
      for commitment in overdue {
        let row = lines.first {
          $0.contains("! \(commitment.id) ") && $0.contains("\(commitment.overdueTarget(on: Briefing.today)!)")
        }
        #expect(
          row?.contains(commitment.text.prefix(8)) == true,
          "\(commitment.id) not listed in \(pillar.name):\n\(lines.joined(separator: "\n"))")
      }
    }
    // The Economic and Technical pane: trade and banking deliverables due in 2023.
    let economic = plan.pillars[2].commitments.filter { $0.isOverdue(on: Briefing.today) }.map(\.id)
    #expect(economic == ["16.3", "17.7"])
  }

  @Test func aBriefingOnAPastDayShowsNoLaterReport() {
    let today = Day(year: 2024, month: 1, day: 15)
    let state = AppState(plan: plan, today: today, size: TerminalSize(width: 200, height: 60))
    let screen = render(state, 200, 60)
    expectFits(screen)
    var listed = 0
    for (index, pillar) in plan.pillars.enumerated() {
      let rows = reportRows(pane(index, of: screen))
      for row in rows {
        let date = PlanDate(iso: String(row.drop { !$0.isNumber }.prefix { !$0.isWhitespace }))
        #expect(date.map { $0.latestDay <= today } == true, "\(row) is after \(today)")
      }
      let expected = reports(of: pillar, on: today)
      #expect(rows.count <= expected.count)
      // A date of a month or a year is padded to a day's width before the id.
      let first = rows.first.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
      if let newest = expected.first { #expect(first?.contains("\(newest.date) \(newest.id)") == true, "\(rows)") }
      listed += rows.count
    }
    #expect(listed > 0)
    #expect(!screen.contains("2024-12-04"))
  }

  @Test(arguments: [[80, 24], [72, 22], [60, 20], [40, 12]])
  func compactLayoutsKeepTheirPanesAsTheyWere(size: [Int]) {
    let screen = render(Briefing.state(width: size[0], height: size[1]), size[0], size[1])
    #expect(!screen.contains("Latest reports"))
    #expect(!screen.contains("Overdue deliverables"))
  }

  @Test(arguments: [false, true])
  func theSmallStackedLegendGivesEveryGlyphItsLabel(ascii: Bool) {
    let glyphs = Glyphs(ascii: ascii)
    let screen = render(Briefing.state(ascii: ascii, width: 60, height: 20), 60, 20)
    expectFits(screen)
    let labels = CommitmentStatus.allCases.map { glyphs.statusWithLabel($0) } + ["\(glyphs.overdue) overdue"]
    expectScreen(screen, shows: labels)
  }

  @Test func aNarrowStackedLegendCutsNoLabelInTwo() {
    for ascii in [false, true] {
      for (width, height) in [(40, 15), (60, 15), (71, 21), (60, 20)] {
        let screen = render(Briefing.state(ascii: ascii, width: width, height: height), width, height)
        let legend = screen.lines.last!.trimmingCharacters(in: .whitespaces)
        #expect(!legend.hasSuffix(" no r") && !legend.hasSuffix(" no"), "\(legend)")
        let entries = legend.split(separator: " ").map(String.init)
        let glyphsOnly = Set(CommitmentStatus.allCases.map(glyphs(ascii).status) + [glyphs(ascii).overdue])
        // Every glyph on the line is followed by a word, its label.
        for (i, word) in entries.enumerated() where glyphsOnly.contains(word) {
          #expect(i + 1 < entries.count && !glyphsOnly.contains(entries[i + 1]), "\(legend)")
        }
      }
    }
  }

  func glyphs(_ ascii: Bool) -> Glyphs { Glyphs(ascii: ascii) }
}
