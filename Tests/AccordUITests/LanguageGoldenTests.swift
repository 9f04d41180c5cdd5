import AccordCore
import AccordLocalization
import AccordText
import Testing

@testable import AccordUI

/// Every screen in Lao and Khmer at 80x24, 120x40 and 200x60 on the briefing day, against the
/// goldens in `Screens/` (`lo-…`, `km-…`; `ACCORD_RECORD=1` records them): nothing wider than
/// the terminal, and nothing cut inside a cluster (a cut leaves a lone vowel sign, tone mark
/// or coeng at the start of a cell, which `DisplayWidth` gives no column of its own).
@Suite struct LanguageGoldenTests {
  static let screens: [(name: String, route: Route)] = [
    ("overview", .overview), ("pillar", .pillar(2)), ("sector", .sector("16")), ("commitment", .commitment("16.3")),
    ("timeline", .timeline), ("meeting", .meeting("jc-16")), ("search", .search("border")), ("agencies", .agencies),
    ("watchlist", .watchlist), ("updates", .updates(since: Day(year: 2026, month: 11, day: 1))),
  ]

  static let cases: [[String]] = ["lo", "km"].flatMap { language in
    screens.map(\.name).flatMap { screen in Briefing.sizes.map { [language, screen, "\($0.width)x\($0.height)"] } }
  }

  static func writing(_ code: String) throws -> Writing {
    let language = try #require(Language(rawValue: code))
    return Writing(catalog: try Catalog.bundled(language).get())
  }

  @Test(arguments: cases)
  func everyScreenInLaoAndKhmer(arguments: [String]) throws {
    let (code, name, size) = (arguments[0], arguments[1], arguments[2])
    let sides = size.split(separator: "x").compactMap { Int($0) }
    let route = try #require(Self.screens.first { $0.name == name }?.route)
    var state = JournalFixture.state(showing: route, width: sides[0], height: sides[1])
    state.writing = try Self.writing(code)
    let screen = render(state, sides[0], sides[1])
    expectFits(screen)
    expectNoCutCluster(screen)
    expectGolden(screen, named: "\(code)-\(name)-\(size)")
  }

  /// Longer words must not push a pane's figures out: at 80x24 each pillar's deliverables
  /// done, its overdue count and its counts by status stay in sight in Lao and Khmer.
  @Test(arguments: ["lo", "km"])
  func theOverviewAtEightyColumnsKeepsEveryPanesCounts(code: String) throws {
    var state = Briefing.state(width: 80, height: 24)
    let english = render(state, 80, 24)
    state.writing = try Self.writing(code)
    let screen = render(state, 80, 24)
    for pillar in state.view.pillars {
      let progress = pillar.progress
      let figure = Gauge.figure(done: progress.deliverablesDone, of: progress.deliverables, writing: state.writing)
      #expect(screen.contains(figure), "\(pillar.pillar.id): \(figure) missing:\n\(screen)")
      let overdue = state.writing.localized("%d overdue", plural: "%d overdue", count: progress.overdue.count)
      #expect(progress.overdue.isEmpty || screen.contains(overdue), "\(pillar.pillar.id): '\(overdue)':\n\(screen)")
      for status in CommitmentStatus.allCases {
        let count = "\(Glyphs(ascii: false).status(status))\(ReportedOnly.count(progress, status, compact: true))"
        #expect(
          !english.contains(count) || screen.contains(count) || screen.contains(ReportedOnly.count(progress, status)),
          "\(pillar.pillar.id): \(status) count missing:\n\(screen)")
      }
    }
  }

  @Test func theHelpInLaoAndKhmer() throws {
    for code in ["lo", "km"] {
      var state = JournalFixture.state(showing: .overview, width: 120, height: 40)
      state.writing = try Self.writing(code)
      _ = state.update(.key(.character("?")))
      let screen = render(state, 120, 40)
      expectFits(screen)
      expectNoCutCluster(screen)
      expectGolden(screen, named: "\(code)-help-120x40")
    }
  }
}

/// No line of the screen starts a word with a mark that belongs to the letter before it: what a
/// cut inside a Lao or Khmer cluster would leave.
func expectNoCutCluster(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
  for (row, line) in screen.lines.enumerated() {
    for word in line.split(separator: " ") {
      guard let first = word.unicodeScalars.first else { continue }
      #expect(
        !first.properties.isGraphemeExtend && first.value != 0x17D2,
        "row \(row) has a word starting inside a cluster: \(word)\n\(screen)", sourceLocation: sourceLocation)
    }
  }
}
