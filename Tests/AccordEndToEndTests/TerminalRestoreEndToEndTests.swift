import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// However accord ends, the terminal must be given back as it was: canonical mode, echo, the
/// cursor shown, the main screen, the mouse off.
final class TerminalRestoreEndToEndTests: XCTestCase {
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  func startDashboard(_ extra: [String] = []) throws -> (TmuxPane, pid_t) {
    let pane = try TmuxPane(["--today", "2026-11-24"] + extra)
    self.pane = pane
    try pane.assertShows([DashboardEndToEndTests.title])
    let pid = try pane.pid()
    // Curses is up once the dashboard is on the alternate screen.
    XCTAssertTrue(try eventually { try pane.display("#{alternate_on}") == "1" })
    return (pane, pid)
  }

  func test_q_quits_with_status_0_and_restores_the_terminal() throws {
    let (pane, pid) = try startDashboard()
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    XCTAssertFalse(ProcessTable.isRunning(pid))
    try pane.assertRestored()
  }

  func test_sigterm_restores_the_terminal_and_exits_143() throws {
    try assertSignalRestores(SIGTERM)
  }

  func test_sighup_restores_the_terminal_and_exits_129() throws {
    try assertSignalRestores(SIGHUP)
  }

  func test_sigint_restores_the_terminal_and_exits_130() throws {
    try assertSignalRestores(SIGINT)
  }

  func test_ctrl_c_restores_the_terminal() throws {
    let (pane, _) = try startDashboard()
    try pane.send("C-c")
    XCTAssertEqual(try pane.exitStatus(), 128 + Int(SIGINT))
    try pane.assertRestored()
  }

  func test_a_crash_signal_restores_the_terminal_and_still_kills() throws {
    let (pane, pid) = try startDashboard()
    XCTAssertEqual(kill(pid, SIGSEGV), 0)
    XCTAssertEqual(try pane.exitStatus(seconds: 20), 128 + Int(SIGSEGV))
    try pane.assertRestored()
  }

  /// Under tmux-256color accord asks for SGR mouse reports itself, so curses' endwin does not
  /// turn them off: the crash handler must, or the shell gets `^[[<0;5;3M` for every click.
  func test_a_crash_under_tmux_256color_turns_sgr_mouse_reports_off() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], environment: ["TERM=tmux-256color"])
    self.pane = pane
    try pane.assertShows([DashboardEndToEndTests.title])
    XCTAssertTrue(try eventually { try pane.display("#{mouse_sgr_flag}") == "1" }, "SGR reports not asked for")
    XCTAssertEqual(kill(try pane.pid(), SIGABRT), 0)
    XCTAssertEqual(try pane.exitStatus(seconds: 20), 128 + Int(SIGABRT))
    try pane.assertRestored()
  }

  func test_a_dropped_link_leaves_no_process_behind() throws {
    let (pane, pid) = try startDashboard()
    try pane.server.tmux(["kill-pane", "-t", "=0:0"])
    XCTAssertTrue(
      eventually { !ProcessTable.isRunning(pid) }, "accord \(pid) still running after its terminal went away")
  }

  func test_a_data_error_exits_65_without_touching_the_terminal() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("accord-e2e-bad-\(getpid()).yaml")
    try "format: accord-plan/1\nplan:\n  title: [unclosed\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let pane = try TmuxPane(["--data", file.path, "--today", "2026-11-24"])
    self.pane = pane
    XCTAssertEqual(try pane.exitStatus(), 65)
    let error = try pane.standardError()
    XCTAssertNotNil(
      error.range(of: #"accord-e2e-bad-\d+\.yaml:\d+:\d+:"#, options: .regularExpression),
      "expected FILE:LINE:COLUMN: on stderr, got: \(error)")
    let modes = try pane.terminalModes()
    XCTAssertEqual(Self.modeFlags(modes.after), Self.modeFlags(modes.before), "terminal modes changed")
    XCTAssertEqual(try pane.display("#{alternate_on}"), "0")
    XCTAssertFalse(try pane.capture().contains(DashboardEndToEndTests.title), "the dashboard was drawn")
  }

  func test_without_a_terminal_it_refuses_and_suggests_render() throws {
    let result = try Subprocess.run(try AccordBinary.path(), ["--today", "2026-11-24"])
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(result.error.contains("accord render"), "message: \(result.error)")
    XCTAssertTrue(result.output.isEmpty, "no escape sequence may reach a pipe: \(result.output.debugDescription)")
  }

  // MARK: Helpers

  func assertSignalRestores(_ signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
    let (pane, pid) = try startDashboard()
    XCTAssertEqual(kill(pid, signal), 0, file: file, line: line)
    XCTAssertEqual(
      try pane.exitStatus(), 128 + Int(signal), "exit status after signal \(signal)", file: file, line: line)
    XCTAssertFalse(ProcessTable.isRunning(pid), file: file, line: line)
    try pane.assertRestored(file: file, line: line)
  }

  /// The settings in `stty -a`, without the first line (speed and size).
  static func modeFlags(_ stty: String) -> Set<String> {
    Set(
      stty.split(separator: "\n").dropFirst().flatMap { $0.split(whereSeparator: { $0 == " " || $0 == ";" }) }.map(
        String.init))
  }
}
