import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Every other way a dashboard can end or be disturbed: each signal whose default ends a
/// process, Ctrl-\, a stop and `fg`, another program writing over the screen, terminals that
/// cannot show it.
extension TerminalRestoreEndToEndTests {
  func test_sigpipe_restores_the_terminal() throws { try assertSignalRestores(SIGPIPE) }
  func test_sigusr1_restores_the_terminal() throws { try assertSignalRestores(SIGUSR1) }
  func test_sigusr2_restores_the_terminal() throws { try assertSignalRestores(SIGUSR2) }
  func test_sigalrm_restores_the_terminal() throws { try assertSignalRestores(SIGALRM) }
  func test_sigvtalrm_restores_the_terminal() throws { try assertSignalRestores(SIGVTALRM) }
  func test_sigxcpu_restores_the_terminal() throws { try assertSignalRestores(SIGXCPU) }
  func test_sigxfsz_restores_the_terminal() throws { try assertSignalRestores(SIGXFSZ) }
  // SIGRTMIN is a function call in C, which Swift does not import as a constant.
  func test_a_realtime_signal_restores_the_terminal() throws { try assertSignalRestores(__libc_current_sigrtmin() + 3) }

  func test_ctrl_backslash_ends_it_like_sigterm_without_a_crash_report() throws {
    let (pane, _) = try startDashboard()
    try pane.send("C-\\")
    XCTAssertEqual(try pane.exitStatus(), 128 + Int(SIGQUIT))
    try pane.assertRestored()
    let error = try pane.standardError()
    XCTAssertFalse(error.contains("Crashed") || error.contains("Backtrace") || error.contains("Press space"), error)
    XCTAssertFalse(try pane.capture().contains("Crashed"))
  }

  func test_after_a_stop_and_continue_the_modes_are_entered_again_and_all_is_repainted() throws {
    let (pane, pid) = try startDashboard()
    let tty = try pane.display("#{pane_tty}")
    XCTAssertEqual(kill(pid, SIGSTOP), 0)
    XCTAssertTrue(eventually { Self.state(of: pid) == "T" }, "accord did not stop")
    // What a shell does on a stop: its own modes back (line mode, echo), and output of its own.
    try Subprocess.check("/bin/stty", ["-F", tty, "sane"])
    try Self.write("\u{1B}[?1049l\u{1B}[2J\u{1B}[HTHE SHELL WROTE HERE\r\n", to: tty)
    try pane.assertShows(["THE SHELL WROTE HERE"])

    XCTAssertEqual(kill(pid, SIGCONT), 0)
    let repainted = try eventually {
      try pane.display("#{alternate_on}") == "1" && !(try pane.capture().contains("THE SHELL WROTE HERE"))
    }
    XCTAssertTrue(repainted, "not repainted: \((try? pane.capture()) ?? "")")
    try pane.assertShows([DashboardEndToEndTests.title, "? help"])
    let modes = try Subprocess.check("/bin/stty", ["-F", tty, "-a"])
    XCTAssertTrue(modes.contains("-icanon") && modes.contains("-echo "), "line mode or echo still on: \(modes)")
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    try pane.assertRestored()
  }

  func test_ctrl_l_repaints_what_another_program_wrote_over() throws {
    let (pane, _) = try startDashboard()
    let tty = try pane.display("#{pane_tty}")
    try Self.write("\u{1B}[3;3HANOTHER PROGRAM WROTE HERE\u{1B}[20;3HAND HERE", to: tty)
    try pane.assertShows(["ANOTHER PROGRAM WROTE HERE"])
    try pane.send("C-l")
    let repainted = try eventually {
      let screen = try pane.capture()
      return !screen.contains("ANOTHER PROGRAM") && !screen.contains("AND HERE")
    }
    XCTAssertTrue(repainted, (try? pane.capture()) ?? "")
    try pane.assertShows([DashboardEndToEndTests.title, "? help"])
  }

  func test_term_dumb_is_refused_with_a_hint_and_the_terminal_untouched() throws {
    for term in ["dumb", "lpr"] {
      let pane = try TmuxPane(["--today", "2026-11-24"], environment: ["TERM=\(term)"])
      defer { pane.stop() }
      XCTAssertEqual(try pane.exitStatus(), 1, term)
      let error = try pane.standardError()
      XCTAssertTrue(error.contains("TERM='\(term)'") && error.contains("try TERM=xterm-256color"), error)
      XCTAssertEqual(try pane.display("#{alternate_on}"), "0")
      let modes = try pane.terminalModes()
      XCTAssertEqual(Self.modeFlags(modes.after), Self.modeFlags(modes.before))
    }
  }

  func test_huge_columns_and_lines_are_refused_not_allocated() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], environment: ["COLUMNS=30000", "LINES=30000"])
    defer { pane.stop() }
    XCTAssertEqual(try pane.exitStatus(), 1)
    let error = try pane.standardError()
    XCTAssertTrue(error.contains("COLUMNS=30000 is more than accord draws (2000)"), error)
    XCTAssertEqual(try pane.display("#{alternate_on}"), "0")
  }

  // MARK: Helpers

  /// The state letter in /proc/PID/stat: R, S, T (stopped)...
  private static func state(of pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
  }

  private static func write(_ text: String, to tty: String) throws {
    guard let handle = FileHandle(forWritingAtPath: tty) else { throw HarnessFailure("cannot open \(tty)") }
    handle.write(Data(text.utf8))
    try handle.close()
  }
}
