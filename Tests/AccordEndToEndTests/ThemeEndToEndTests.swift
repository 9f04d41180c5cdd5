import AccordText
import AccordUI
import XCTest

/// Colours by terminal type, themes, and text in Lao, Khmer and Chinese, through the real
/// binary in tmux.
final class ThemeEndToEndTests: XCTestCase {
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  private func start(_ extra: [String] = [], term: String = "xterm-256color", environment: [String] = []) throws
    -> TmuxPane
  {
    pane?.stop()
    let pane = try TmuxPane(["--today", "2026-11-24"] + extra, environment: ["TERM=\(term)"] + environment)
    self.pane = pane
    try pane.assertShows([DashboardEndToEndTests.title])
    return pane
  }

  private func colours(_ pane: TmuxPane) throws -> [String] {
    DashboardEndToEndTests.colourParameters(try pane.capture(escapes: true))
  }

  func test_256_colour_terminals_get_256_colour_codes() throws {
    for term in ["xterm-256color", "screen-256color", "tmux-256color"] {
      let pane = try start(["--theme", "light"], term: term)
      let escaped = try pane.capture(escapes: true)
      XCTAssertTrue(escaped.contains("38;5;"), "\(term): no 256-colour foreground:\n\(escaped.prefix(400))")
      XCTAssertFalse(escaped.contains("38;2;"), "\(term): true colour sent to a 256-colour terminal")
    }
  }

  func test_a_direct_colour_terminal_gets_true_colour() throws {
    let pane = try start(["--theme", "light"], term: "xterm-direct")
    let escaped = try pane.capture(escapes: true)
    // light.theme: text = #1C1C1C on #FAFAF7.
    XCTAssertTrue(
      escaped.contains("38;2;28;28;28"), "the theme's text colour is not sent as RGB:\n\(escaped.prefix(400))")
    XCTAssertTrue(escaped.contains("48;2;250;250;247"), "the theme's background is not sent as RGB")
  }

  func test_eight_colour_terminals_get_only_the_eight_ansi_colours() throws {
    for term in ["xterm", "screen", "linux"] {
      let pane = try start(["--theme", "light"], term: term)
      let found = try colours(pane)
      XCTAssertFalse(found.isEmpty, "\(term): no colour at all")
      XCTAssertTrue(found.allSatisfy { ("30"..."37").contains($0) }, "\(term): \(Set(found))")
    }
  }

  func test_a_terminal_without_colours_gets_attributes_only() throws {
    let pane = try start(["--theme", "light"], term: "vt100")
    XCTAssertEqual(try colours(pane), [])
    XCTAssertTrue(try pane.capture(escapes: true).contains("\u{1B}[1m"), "bold is still used")
  }

  func test_no_color_beats_any_theme() throws {
    let pane = try start(["--theme", "high-contrast"], term: "xterm-direct", environment: ["NO_COLOR=1"])
    XCTAssertEqual(try colours(pane), [])
  }

  func test_c_cycles_the_theme_live() throws {
    let pane = try start(["--theme", "light"])
    let before = try colours(pane)
    try pane.send("c")
    try pane.assertShows(["theme:"])
    XCTAssertTrue(try eventually { try colours(pane) != before }, "the colours did not change")
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
  }

  /// The theme chosen with `c` is the next session's: written into config.yaml with the
  /// person's comments and other keys kept.
  func test_the_theme_chosen_with_c_is_remembered_in_the_config() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("accord-config-\(UUID())")
    defer { try? FileManager.default.removeItem(at: config) }
    let file = config.appendingPathComponent("accord/config.yaml")
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "# chosen for the briefing room\ntheme: light  # readable on paper\njournal: /srv/accord/journal.sqlite\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let pane = try start([], environment: ["XDG_CONFIG_HOME=\(config.path)"])
    try pane.send("c")
    try pane.assertShows(["theme: "])
    let shown = try XCTUnwrap(try pane.capture().split(separator: "\n").last?.components(separatedBy: "theme: ").last)
      .trimmingCharacters(in: .whitespaces)
    XCTAssertTrue(eventually { (try? String(contentsOf: file, encoding: .utf8))?.contains("light") == false })
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("# chosen for the briefing room\ntheme: \""), text)
    XCTAssertTrue(text.hasSuffix("\"  # readable on paper\njournal: /srv/accord/journal.sqlite\n"), text)
    let chosen = try XCTUnwrap(text.split(separator: "\"").dropFirst().first.map(String.init))
    let listed = try Subprocess.run(try AccordBinary.path(), ["themes"])
    XCTAssertTrue(
      listed.output.split(separator: "\n").contains { $0.hasPrefix(chosen + " ") && $0.contains(shown) },
      "\(chosen) is not the theme shown, \(shown): \(listed.output)")
    // The next session starts with it.
    let next = try Subprocess.run(
      "/usr/bin/env",
      [
        "-u", "NO_COLOR", "XDG_CONFIG_HOME=\(config.path)", try AccordBinary.path(), "render", "--today", "2026-11-24",
        "--color", "256",
      ])
    let named = try Subprocess.run(
      "/usr/bin/env",
      [
        "-u", "NO_COLOR", try AccordBinary.path(), "render", "--today", "2026-11-24", "--color", "256", "--theme",
        chosen,
      ])
    XCTAssertEqual(next.output, named.output)
  }

  func test_a_broken_theme_file_is_refused_with_its_line() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).theme")
    try "name = Broken\nstatus_done = gren bold\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try Subprocess.run(try AccordBinary.path(), ["--theme", file.path])
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(
      result.error.hasPrefix("\(file.path):2:15: 'gren' is not a colour (did you mean 'green'?)"), result.error)
  }

  /// A theme file's problems in the reader's language (issue 23), at the same positions:
  /// render in Lao, the dashboard in Khmer; the words quoted from the file stay as typed.
  func test_a_broken_theme_files_problems_are_said_in_lao_and_khmer() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).theme").path
    try "name = Broken\nbordr = red\nstatus_done = gren bold\n".write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
      try Subprocess.run(
        "/usr/bin/env",
        ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8", try AccordBinary.path()] + arguments
          + ["--theme", file])
    }
    let lao = try run(["render", "--color", "256", "--today", "2026-11-24", "--lang", "lo"])
    XCTAssertEqual(lao.status, 65)
    XCTAssertEqual(
      lao.error,
      """
      \(file):2:1: ຄີ 'bordr' ທີ່ບໍ່ຮູ້ຈັກ (ໝາຍເຖິງ 'border' ບໍ?)
      \(file):3:15: 'gren' ບໍ່ແມ່ນສີ (ໝາຍເຖິງ 'green' ບໍ?); ຕ້ອງເປັນ #RRGGBB, 0-255, ຊື່ສີ (red, bright-blue...) ຫຼື default

      """)
    let khmer = try run(["--lang", "km"])
    XCTAssertEqual(khmer.status, 65)
    XCTAssertTrue(khmer.error.hasPrefix("\(file):2:1: គន្លឹះ 'bordr' ដែលមិនស្គាល់ (តើអ្នកចង់និយាយ 'border' ឬ?)\n"), khmer.error)
    for text in [lao.error, khmer.error] {
      XCTAssertEqual(LanguageOutputEndToEndTests.englishRuns(in: text), [], text)
    }
    let english = try run(["render", "--color", "256", "--today", "2026-11-24"])
    XCTAssertTrue(english.error.hasPrefix("\(file):2:1: unknown key 'bordr' (did you mean 'border'?)\n"), english.error)

    // `accord themes` lists it broken, in the language of ACCORD_LANG.
    let config = file + ".config"
    try FileManager.default.createDirectory(atPath: config + "/accord/themes", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: config) }
    try FileManager.default.copyItem(atPath: file, toPath: config + "/accord/themes/broken.theme")
    let listed = try Subprocess.run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=C.UTF-8", "ACCORD_LANG=km", "XDG_CONFIG_HOME=\(config)"]
        + [try AccordBinary.path(), "themes"])
    let row = listed.output.split(separator: "\n").first { $0.hasPrefix("broken ") }.map(String.init) ?? ""
    XCTAssertTrue(
      row.contains("ខូច៖ \(config)/accord/themes/broken.theme:2:1: គន្លឹះ 'bordr' ដែលមិនស្គាល់"), listed.output)
    XCTAssertEqual(LanguageOutputEndToEndTests.englishRuns(in: row), [], row)
  }

  func test_lao_khmer_and_chinese_names_keep_the_borders_aligned() throws {
    let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/mixed-scripts-plan.yaml")
    pane = try TmuxPane(["--today", "2026-11-24", "--data", plan.path], width: 100, height: 30)
    let pane = try XCTUnwrap(pane)
    try pane.assertShows(["ການເມືອງ Political", "国防与安全"])
    let lines = try pane.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for line in lines {
      XCTAssertLessThanOrEqual(DisplayWidth.of(line), 100, "too wide: \(line)")
    }
    // Every row of the first band of panes has its vertical borders at the same columns.
    let top = try XCTUnwrap(lines.firstIndex { $0.contains("╔") })
    let bottom = try XCTUnwrap(lines[top...].firstIndex { $0.contains("╚") })
    let borderColumns = lines[(top + 1)..<bottom].map(Self.verticalBorderColumns)
    XCTAssertEqual(
      Set(borderColumns).count, 1, "borders moved:\n\(TmuxServer.framed(lines[top...bottom].joined(separator: "\n")))")
    XCTAssertEqual(borderColumns.first?.count, 4, "two panes, two borders each")
  }

  /// Display columns of `│` and `║` in a line.
  static func verticalBorderColumns(_ line: String) -> [Int] {
    var column = 0
    var found: [Int] = []
    for character in line {
      if character == "│" || character == "║" { found.append(column) }
      column += DisplayWidth.of(character)
    }
    return found
  }
}
