import Foundation
import GRDB
import XCTest

/// What the README promises of colours, themes and the html briefing, and of a dashboard
/// started on a journal it cannot use, through the binary.
final class RenderingOptionsEndToEndTests: XCTestCase {
  private var accord: String!
  private var directory: URL!
  private var pane: TmuxPane?

  override func setUpWithError() throws {
    accord = try AccordBinary.path()
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-rendering-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    pane?.stop()
    pane = nil
    try? FileManager.default.removeItem(at: directory)
  }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func render(_ arguments: [String], environment settings: [String] = []) throws -> String {
    let result = try Subprocess.run(
      "/usr/bin/env",
      ["-u", "NO_COLOR"] + settings + [accord, "render", "--today", "2026-11-24", "--size", "80x24"] + arguments)
    XCTAssertEqual(result.status, 0, result.error)
    return result.output
  }

  /// Every SGR parameter list written, e.g. `[0, 1, 38, 5, 124]`.
  private static func sgr(_ text: String) -> [[Int]] {
    text.components(separatedBy: "\u{1B}[").dropFirst().compactMap { rest in
      guard let end = rest.firstIndex(where: { !$0.isNumber && $0 != ";" }), rest[end] == "m" else { return nil }
      return rest[..<end].split(separator: ";").compactMap { Int($0) }
    }
  }

  func test_render_color_gives_each_depth_its_own_codes() throws {
    func codes(_ depth: String) throws -> [[Int]] { Self.sgr(try render(["--color", depth, "--theme", "light"])) }
    func uses(_ lists: [[Int]], _ introducer: Int, _ kind: Int) -> Bool {
      lists.contains { list in
        list.indices.contains { list[$0] == introducer && list.indices.contains($0 + 1) && list[$0 + 1] == kind }
      }
    }
    let basic = Set(30...37).union(40...47)
    let bright = Set(90...97).union(100...107)

    let truecolor = try codes("truecolor")
    XCTAssertTrue(uses(truecolor, 38, 2) && !uses(truecolor, 38, 5), "truecolor: \(truecolor)")
    let palette = try codes("256")
    XCTAssertTrue(uses(palette, 38, 5) && !uses(palette, 38, 2), "256: \(palette)")
    for (depth, allowed) in [("16", basic.union(bright)), ("8", basic)] {
      let lists = try codes(depth)
      let colours = Set(lists.joined()).subtracting([0, 1, 2, 3, 4, 7])
      XCTAssertFalse(colours.isEmpty, "\(depth): no colour at all")
      XCTAssertTrue(colours.isSubset(of: allowed), "\(depth) colours: \(colours.sorted())")
    }
    XCTAssertFalse(Set(try codes("16").joined()).isDisjoint(with: bright), "16 colours use the bright eight too")
    let none = Set(try codes("none").joined())
    XCTAssertTrue(none.isSubset(of: [0, 1, 2, 4, 7]), "none: attributes only, \(none.sorted())")
  }

  func test_theme_in_the_config_is_the_theme_drawn() throws {
    try FileManager.default.createDirectory(atPath: path("config/accord"), withIntermediateDirectories: true)
    try "theme: light\n".write(toFile: path("config/accord/config.yaml"), atomically: true, encoding: .utf8)
    let configured = try render(["--color", "256"], environment: ["XDG_CONFIG_HOME=" + path("config")])
    XCTAssertEqual(configured, try render(["--color", "256", "--theme", "light"]))
    XCTAssertNotEqual(configured, try render(["--color", "256"]), "the light theme looks like the default")
    XCTAssertEqual(
      try render(["--color", "256", "--theme", "projector"], environment: ["XDG_CONFIG_HOME=" + path("config")]),
      try render(["--color", "256", "--theme", "projector"]), "--theme beats the config")
  }

  func test_the_html_briefing_forbids_fetching_and_prints_on_a4() throws {
    let file = path("briefing.html")
    let written = try Subprocess.run(accord, ["report", "--format", "html", "--today", "2026-11-24", "-o", file])
    XCTAssertEqual(written.status, 0, written.error)
    let output = try PythonCheck.run(
      """
      import sys, html5lib
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb').read())
      print([m.get('content') for m in doc.iter('meta') if m.get('http-equiv') == 'Content-Security-Policy'])
      style = ''.join(e.text or '' for e in doc.iter('style'))
      print('@page { size: A4' in style, '@media print' in style)
      """, on: file)
    XCTAssertEqual(output, "[\"default-src 'none'; style-src 'unsafe-inline'\"]\nTrue True\n")
  }

  func test_a_user_themes_good_edit_shows_live() throws {
    let theme = path("mine.theme")
    try "name = Mine\ntext = #FF0000\n".write(toFile: theme, atomically: true, encoding: .utf8)
    let pane = try TmuxPane(["--today", "2026-11-24", "--theme", theme])
    self.pane = pane
    try pane.assertShows([DashboardEndToEndTests.title])
    let red = "38;5;196"
    XCTAssertTrue(try eventually { try pane.capture(escapes: true).contains(red) }, "the theme's red text is not drawn")
    try "name = Mine\ntext = #0000FF\n".write(toFile: theme, atomically: false, encoding: .utf8)
    let blue = try eventually {
      let screen = try pane.capture(escapes: true)
      return screen.contains("38;5;21m") && !screen.contains(red)
    }
    let screen = try pane.capture(escapes: true)
    XCTAssertTrue(blue, "the edit's blue text is not drawn:\n\(screen.prefix(400).debugDescription)")
    XCTAssertFalse(try pane.capture().contains("reload failed"))
  }

  func test_the_dashboard_starts_on_a_journal_it_cannot_use_and_says_why() throws {
    try "not a database, only some text\n".write(toFile: path("text.sqlite"), atomically: true, encoding: .utf8)
    let newer = path("newer.sqlite")
    XCTAssertEqual(
      try Subprocess.run(
        accord,
        ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--today", "2026-11-24", "--journal", newer]
      ).status, 0)
    let database = try DatabaseQueue(path: newer)
    try database.write { try $0.execute(sql: "PRAGMA user_version = 99") }
    try database.close()
    let other = path("other.sqlite")
    let otherPlan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/mixed-scripts-plan.yaml"
    ).path
    XCTAssertEqual(
      try Subprocess.run(
        accord,
        [
          "update", "1.1", "--status", "continuous", "--source", "MOFA", "--today", "2026-11-24", "--data", otherPlan,
          "--journal", other,
        ]
      ).status, 0)

    for (journal, reason) in [
      (path("text.sqlite"), "is not an accord journal (not an SQLite database)"),
      (newer, "the journal has schema version 99"),
      (other, "this journal belongs to the plan"),
    ] {
      pane?.stop()
      let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal], width: 200, height: 40)
      self.pane = pane
      try pane.assertShows([DashboardEndToEndTests.title, "journal unreadable", reason], "\(journal):")
      XCTAssertTrue(ProcessTable.isRunning(try pane.pid()), "the dashboard ended on \(journal)")
    }
  }
}
