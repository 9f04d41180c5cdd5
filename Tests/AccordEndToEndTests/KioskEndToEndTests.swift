import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The briefing-room mode, through the real binary in tmux.
final class KioskEndToEndTests: XCTestCase {
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  private func startKiosk(cycle: Int = 1) throws -> TmuxPane {
    let pane = try TmuxPane(["--today", "2026-11-24", "--kiosk", "--cycle", "\(cycle)"])
    self.pane = pane
    try pane.assertShows(["402 days to period end", "1/8 Overview"])
    return pane
  }

  func test_pages_cycle_by_themselves_with_the_countdown_always_in_sight() throws {
    let pane = try startKiosk(cycle: 1)
    for page in ["2/8 I Political", "3/8 II Defense and Security Cooperation", "7/8 Meetings", "8/8 Next meetings"] {
      try pane.assertShows([page, "402 days to period end"], "waiting for \(page):")
    }
    try pane.assertShows(["1/8 Overview"], "after the last page:")
  }

  func test_stray_keys_do_not_stop_or_derail_it() throws {
    let pane = try startKiosk(cycle: 1)
    let pid = try pane.pid()
    for key in ["q", "Enter", "Escape", "j", "?", "t", "BSpace"] { try pane.send(key) }
    try pane.assertShows(["3/8 II Defense and Security Cooperation"], "the cycle goes on after stray keys:")
    XCTAssertTrue(ProcessTable.isRunning(pid), "a stray key ended the kiosk")
    XCTAssertFalse(try pane.capture().lowercased().contains("keys"), "a stray ? opened the help")
  }

  func test_typing_quit_ends_it_and_gives_the_terminal_back() throws {
    let pane = try startKiosk(cycle: 5)
    try pane.send("q", "u", "i", "t")
    XCTAssertEqual(try pane.exitStatus(), 0)
    try pane.assertRestored()
  }

  func test_sigterm_ends_it_cleanly() throws {
    let pane = try startKiosk(cycle: 5)
    let pid = try pane.pid()
    XCTAssertEqual(kill(pid, SIGTERM), 0)
    XCTAssertEqual(try pane.exitStatus(), 128 + Int(SIGTERM))
    XCTAssertFalse(ProcessTable.isRunning(pid))
    try pane.assertRestored()
  }
}
