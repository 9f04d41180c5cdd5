import XCTest

/// Clicks beyond column 223 on wide screens. The older mouse reports give a column as one byte
/// (223 at most: tmux sends column 223 for anything further right); SGR reports (mode 1006)
/// give it in digits. ncurses asks for SGR reports only where the terminfo's XM names 1006
/// (xterm-256color), so under tmux-256color and screen accord asks for them and reads them.
///
/// On the overview the five pillar panes stand in one row, so a click's column picks the pane.
final class WideMouseEndToEndTests: XCTestCase {
  private var servers: [TmuxServer] = []

  override func tearDown() {
    for server in servers.reversed() { server.stop() }
    servers = []
  }

  /// xterm's SGR report of a press and release of the first button at a 1-based cell.
  static func click(column: Int, row: Int) -> String {
    "\u{1B}[<0;\(column);\(row)M\u{1B}[<0;\(column);\(row)m"
  }

  /// The pillar pane drawn as selected (its title after the `>` in a double border).
  static func selectedPane(_ server: TmuxServer) throws -> String? {
    let screen = try server.capture()
    guard let range = screen.range(of: "╔═ > ") else { return nil }
    return String(screen[range.upperBound...].prefix { $0 != " " })
  }

  private func start(term: String, width: Int) throws -> TmuxPane {
    let pane = try TmuxPane(["--today", "2026-11-24"], width: 120, height: 40, environment: ["TERM=\(term)"])
    servers.append(pane.server)
    try pane.assertShows(DashboardEndToEndTests.pillars)
    try pane.resize(width: width, height: 40)
    XCTAssertTrue(try eventually { try pane.display("#{pane_width}") == "\(width)" })
    return pane
  }

  /// The report as the terminal sends it, straight into accord's pane: at 260 columns the
  /// click at column 241 lands on pane V, the one at column 100 on pane II.
  func test_an_sgr_click_beyond_column_223_selects_what_is_there() throws {
    for term in ["tmux-256color", "screen", "xterm-256color"] {
      let pane = try start(term: term, width: 260)
      XCTAssertTrue(
        try eventually { try pane.display("#{mouse_sgr_flag}") == "1" }, "\(term): SGR reports not asked for")
      try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", Self.click(column: 241, row: 10)])
      XCTAssertTrue(
        try eventually { try Self.selectedPane(pane.server) == "V" },
        "\(term): column 241:\n\((try? pane.capture()) ?? "")")
      try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", Self.click(column: 100, row: 10)])
      XCTAssertTrue(
        try eventually { try Self.selectedPane(pane.server) == "II" },
        "\(term): column 100:\n\((try? pane.capture()) ?? "")")
      // A report with absurd numbers is swallowed: nothing typed, nothing selected, still running.
      try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", "\u{1B}[<99999999999999999999;99999999999999999999;1M"])
      try pane.server.tmux(["send-keys", "-t", "=0:0", "-l", Self.click(column: 250, row: 10)])
      XCTAssertTrue(
        try eventually { try Self.selectedPane(pane.server) == "V" },
        "\(term): after a malformed report:\n\((try? pane.capture()) ?? "")")
      try pane.send("q")
      XCTAssertEqual(try pane.exitStatus(), 0, "\(term)")
      try pane.assertRestored()
      XCTAssertEqual(try pane.display("#{mouse_sgr_flag}"), "0", "\(term): SGR reports left on")
      pane.stop()
    }
  }

  /// Ctrl-Z in an interactive shell: the shell gets the terminal back with SGR reports off (a
  /// program it runs next must not get reports it never asked for); `fg` turns them on again.
  func test_ctrl_z_turns_sgr_reports_off_and_fg_on_again() throws {
    let binary = try AccordBinary.path()
    let server = try TmuxServer(width: 120, height: 40) { _ in
      ["env", "TERM=tmux-256color", "LANG=C.UTF-8", "PS1=$ ", "sh", "-i"]
    }
    servers.append(server)
    let flags = { try server.display("#{mouse_sgr_flag}#{mouse_standard_flag}#{alternate_on}") }
    try server.send(keys: ["-l", "\(binary) --today 2026-11-24"])
    try server.send("Enter")
    try server.assertShows(DashboardEndToEndTests.pillars)
    XCTAssertTrue(try eventually { try flags() == "111" }, "running: \((try? flags()) ?? "")")
    for _ in 0..<2 {
      try server.send("C-z")
      XCTAssertTrue(try eventually { try flags() == "000" }, "stopped: \((try? flags()) ?? "")")
      try server.send(keys: ["-l", "fg"])
      try server.send("Enter")
      XCTAssertTrue(try eventually { try flags() == "111" }, "after fg: \((try? flags()) ?? "")")
    }
    try server.send("q")
    XCTAssertTrue(try eventually { try flags() == "000" }, "after q: \((try? flags()) ?? "")")
  }

  /// A real click through tmux with `mouse on`: an outer tmux, 300 columns wide, types the
  /// report into an inner tmux client, which reads it as the mouse and passes it on to accord's
  /// pane in the encoding accord asked for. Column 281 is pane V; had accord not asked for SGR
  /// reports, tmux would send column 223, which is pane IV.
  func test_tmux_with_the_mouse_on_passes_a_click_at_column_281_on() throws {
    let inner = try TmuxPane(["--today", "2026-11-24"], width: 300, height: 40, environment: ["TERM=tmux-256color"])
    servers.append(inner.server)
    try inner.server.tmux(["set-option", "-g", "mouse", "on"])
    let outer = try TmuxServer(width: 300, height: 40) { _ in
      ["env", "TERM=tmux-256color", TmuxServer.path!, "-L", inner.server.socket, "attach-session", "-t", "=0"]
    }
    servers.append(outer)
    try inner.assertShows(DashboardEndToEndTests.pillars)
    XCTAssertTrue(try eventually { try inner.display("#{mouse_sgr_flag}") == "1" }, "SGR reports not asked for")
    try outer.tmux(["send-keys", "-t", "=0:0", "-l", Self.click(column: 281, row: 10)])
    XCTAssertTrue(
      try eventually { try Self.selectedPane(inner.server) == "V" }, "column 281:\n\((try? inner.capture()) ?? "")")
    try outer.tmux(["send-keys", "-t", "=0:0", "-l", Self.click(column: 200, row: 10)])
    XCTAssertTrue(
      try eventually { try Self.selectedPane(inner.server) == "IV" }, "column 200:\n\((try? inner.capture()) ?? "")")
  }
}
