import XCTest

/// The dashboard's screens, driven through the real binary in tmux.
final class DashboardEndToEndTests: XCTestCase {
  static let title = "Lao PDR-Cambodia Action Plan"
  static let pillars = [
    "Political", "Defense and Security Cooperati", "Economic and Technical", "Socio-Cultural", "Multilateral",
  ]
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  private func start(width: Int = 120, height: Int = 40, _ extra: [String] = [], environment: [String] = []) throws
    -> TmuxPane
  {
    let pane = try TmuxPane(["--today", "2026-11-24"] + extra, width: width, height: height, environment: environment)
    self.pane = pane
    return pane
  }

  func test_start_shows_the_plan_title() throws {
    let pane = try start()
    try pane.assertShows([Self.title])
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
    XCTAssertEqual(try pane.display("#{alternate_on}"), "1", "the dashboard draws on the alternate screen")
  }

  func test_start_shows_the_five_pillars() throws {
    let pane = try start()
    try pane.assertShows(Self.pillars)
  }

  func test_enter_opens_the_first_pillar_and_escape_goes_back() throws {
    let pane = try start()
    try pane.assertShows(Self.pillars)
    try pane.send("Enter")
    try pane.assertShows(["Foreign Affairs"], "after Enter on the first pillar:")
    try pane.send("Escape")
    try pane.assertShows(Self.pillars, "after Escape:")
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()), "Escape at the overview must not quit")
  }

  func test_question_mark_opens_the_help_and_escape_closes_it() throws {
    let pane = try start()
    try pane.assertShows(Self.pillars)
    let before = try pane.capture()
    try pane.send("?")
    XCTAssertTrue(try eventually { try pane.capture() != before }, "? changed nothing on screen")
    try pane.assertShows(["Keys"], "after ?:")
    try pane.send("Escape")
    let closed = try eventually { try pane.capture() == before }
    XCTAssertTrue(closed, "Escape did not close the help:\n\(TmuxServer.framed((try? pane.capture()) ?? ""))")
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
  }

  func test_t_opens_the_timeline() throws {
    let pane = try start()
    try pane.assertShows(Self.pillars)
    let before = try pane.capture()
    try pane.send("t")
    XCTAssertTrue(try eventually { try pane.capture() != before }, "t changed nothing on screen")
    // Case matters: the overview's key hints already say "timeline".
    try pane.assertShows(["Timeline"], "after t:", matchCase: true)
  }

  func test_resizing_redraws_at_every_size_without_a_crash() throws {
    let pane = try start()
    try pane.assertShows([Self.title])
    let pid = try pane.pid()

    try pane.resize(width: 60, height: 20)
    XCTAssertTrue(try eventually { try pane.display("#{pane_width}x#{pane_height}") == "60x20" })
    try pane.assertShows([Self.title], "at 60x20:")
    XCTAssertTrue(ProcessTable.isRunning(pid), "accord died at 60x20")

    try pane.resize(width: 20, height: 6)
    try pane.assertShows(["terminal too small"], "at 20x6:")
    XCTAssertTrue(ProcessTable.isRunning(pid), "accord died at 20x6")

    try pane.resize(width: 120, height: 40)
    try pane.assertShows([Self.title], "back at 120x40:")
    XCTAssertTrue(ProcessTable.isRunning(pid), "accord died back at 120x40")
    let rows = try pane.capture().split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertFalse(rows.contains { $0.contains("terminal too small") }, "the small-screen message was left behind")
  }

  func test_a_mouse_click_and_the_wheel_reach_the_dashboard() throws {
    let pane = try start()
    try pane.assertShows(Self.pillars)
    try pane.assertShows(["> I Political"], "pillar I is selected at the start:", matchCase: true)
    // xterm SGR mouse reports, as a terminal sends them (1-based column;row): press and
    // release of button 1 inside the second pillar's box selects it; the wheel moves the
    // selection down to the next pillar and up again.
    try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", "\u{1B}[<0;50;8M\u{1B}[<0;50;8m"])
    try pane.assertShows(["> II Defense and Security"], "after a click on pillar II:", matchCase: true)
    try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", "\u{1B}[<65;50;8M"])
    try pane.assertShows(["> III Economic and Technical"], "after the wheel down:", matchCase: true)
    try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", "\u{1B}[<64;50;8M"])
    try pane.assertShows(["> II Defense and Security"], "after the wheel up:", matchCase: true)
    XCTAssertFalse(try pane.capture().contains("> III"), "the wheel up left III selected")
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
  }

  func test_tiny_and_empty_sizes_do_not_crash() throws {
    let pane = try start(width: 1, height: 1)
    let pid = try pane.pid()
    for (width, height) in [(2, 1), (1, 2), (5, 3), (120, 40)] {
      try pane.resize(width: width, height: height)
      XCTAssertTrue(try eventually { try pane.display("#{pane_width}x#{pane_height}") == "\(width)x\(height)" })
    }
    try pane.assertShows([Self.title], "back at 120x40 after 1x1:")
    XCTAssertTrue(ProcessTable.isRunning(pid))
  }

  func test_a_non_utf8_locale_draws_ascii_only() throws {
    let pane = try start(environment: ["LANG=C"])
    try pane.assertShows([Self.title])
    let screen = try pane.capture()
    let foreign = screen.unicodeScalars.filter { !$0.isASCII }
    XCTAssertTrue(
      foreign.isEmpty,
      "non-ASCII under LANG=C: \(String(String.UnicodeScalarView(foreign.prefix(10))))\n\(TmuxServer.framed(screen))")
  }

  func test_the_ascii_flag_draws_ascii_only() throws {
    let pane = try start(["--ascii"])
    try pane.assertShows([Self.title])
    try assertNoLineDrawing(try pane.capture())
  }

  func test_no_color_keeps_attributes_but_no_colours() throws {
    for (extra, environment) in [(["--no-color"], [String]()), ([], ["NO_COLOR=1"])] {
      let pane = try start(extra, environment: environment)
      try pane.assertShows([Self.title])
      let colours = Self.colourParameters(try pane.capture(escapes: true))
      XCTAssertEqual(colours, [], "colours drawn despite \(extra + environment)")
      pane.stop()
    }
  }

  func test_colours_are_used_by_default() throws {
    let pane = try start()
    try pane.assertShows([Self.title])
    XCTAssertTrue(
      try eventually { !Self.colourParameters(try pane.capture(escapes: true)).isEmpty }, "no colour on screen")
  }

  // MARK: Helpers

  /// Box drawing and block elements must not appear in ASCII mode.
  private func assertNoLineDrawing(_ screen: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let drawing = screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
    XCTAssertTrue(
      drawing.isEmpty,
      "line drawing in ASCII mode: \(String(String.UnicodeScalarView(drawing.prefix(10))))\n\(TmuxServer.framed(screen))",
      file: file, line: line)
  }

  /// The SGR colour parameters (30-37, 90-97, 38;5;n, 38;2;r;g;b foregrounds) in escaped text.
  static func colourParameters(_ escaped: String) -> [String] {
    var found: [String] = []
    var rest = Substring(escaped)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(where: { !("0"..."9").contains($0) && $0 != ";" }) else { break }
      if rest[end] == "m" {
        let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
        var index = 0
        while index < parameters.count {
          let p = parameters[index]
          if (30...37).contains(p) || (90...97).contains(p) {
            found.append("\(p)")
          } else if p == 38 || p == 48 {
            found.append("\(p)")
            index += (index + 1 < parameters.count && parameters[index + 1] == 2) ? 4 : 2
          }
          index += 1
        }
      }
      rest = rest[end...]
    }
    return found
  }
}
