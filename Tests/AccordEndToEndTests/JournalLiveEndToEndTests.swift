import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// A running dashboard shows what another process records in the journal, through the real
/// binary in tmux: on the same screen, with the same selection, with no key pressed; also when the
/// journal appears after the dashboard started, when the plan file is edited meanwhile, and
/// for a viewer account that can write neither the journal nor its directory.
final class JournalLiveEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  private var server: TmuxServer?
  private var directory: URL!
  private var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  /// How long to wait for the update to show: a bound for a loaded 2-core machine, not a goal
  /// (how soon it shows is `make bench`'s figure).
  private let within = 30.0

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-live-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    pane?.stop()
    server?.stop()
    chmod(directory.path, 0o755)
    try? FileManager.default.removeItem(at: directory)
  }

  private func record(_ arguments: [String]) throws {
    let result = try Subprocess.run(
      try AccordBinary.path(), ["update"] + arguments + ["--today", "2026-11-24", "--journal", journal])
    XCTAssertEqual(result.status, 0, result.error)
  }

  /// The row the selection marker is on.
  private func selectedRow(_ screen: String) -> String {
    screen.split(separator: "\n").first { $0.hasPrefix("> ") }.map(String.init) ?? ""
  }

  func test_an_update_recorded_elsewhere_shows_on_the_same_screen_with_the_selection_kept() throws {
    try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send("t")
    // The 2026 JTC (16.3) is the first upcoming meeting, the King's visit the fourth.
    try pane.send("Down", "Down", "Down")
    try pane.assertShows(["Upcoming (15)"])
    XCTAssertTrue(try eventually { selectedRow(try pane.capture()).contains("King Norodom Sihamoni") })
    XCTAssertFalse(try pane.capture().contains("2026-11-20 visit"))

    try record(["visit-2026-king", "--status", "held", "--date", "2026-11-20", "--source", "KPL, 2026-11-21"])
    try pane.server.assertShows(
      ["Past (52)", "2026-11-20 visit"], "the visit moves to the past meetings:", seconds: within)
    let screen = try pane.capture()
    XCTAssertTrue(screen.contains("Overview › Timeline"), "same screen:\n\(TmuxServer.framed(screen))")
    XCTAssertTrue(
      selectedRow(screen).contains("King Norodom Sihamoni"),
      "the selection follows the meeting:\n\(TmuxServer.framed(screen))")

    try pane.send("Enter")
    try pane.assertShows(["History (1 update in the journal)", "2026-11-20  held", "#2", "source: KPL, 2026-11-21"])
  }

  func test_a_dashboard_started_before_the_journal_exists_picks_it_up() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal, "--read-only"])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send(":")
    try pane.send("1", ".", "1", "Enter")
    try pane.assertShows(["History (0 updates in the journal)", "none recorded"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "the dashboard never creates the journal")

    try record(["1.1", "--status", "continuous", "--date", "2026-11-02", "--note", "ການປະຊຸມ ការប្រជុំ", "--source", "MOFA"])
    try pane.server.assertShows(
      ["History (1 update in the journal)", "2026-11-02  ↻ continuous", "ການປະຊຸມ ការប្រជុំ"], seconds: within)
    XCTAssertFalse(try pane.capture().contains("journal unreadable"))
  }

  func test_a_plan_file_edit_keeps_the_journals_updates_on_screen() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../AccordCoreTests/Fixtures/minimal-plan.yaml").standardized
    let plan = directory.appendingPathComponent("plan.yaml")
    try FileManager.default.copyItem(at: fixture, to: plan)
    try record([
      "1.2", "--status", "in-progress", "--date", "2026-11-10", "--source", "MOFA letter", "--data", plan.path,
    ])
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal, "--data", plan.path])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send(":")
    try pane.send("1", ".", "2", "Enter")
    try pane.assertShows(["Status: ◐ in progress", "2026-11-10  ◐ in progress", "MOFA letter"])

    let text = try String(contentsOf: plan, encoding: .utf8)
    try text.replacingOccurrences(of: "name: Foreign Affairs", with: "name: Foreign Affairs and Protocol")
      .write(to: plan, atomically: false, encoding: .utf8)
    try pane.assertShows(
      ["Foreign Affairs and Protocol", "Status: ◐ in progress", "2026-11-10  ◐ in progress"], "after the edit:")

    try record(["1.2", "--status", "done", "--date", "2026-11-20", "--source", "Joint statement", "--data", plan.path])
    try pane.server.assertShows(
      ["Foreign Affairs and Protocol", "Status: ✓ done", "History (2 updates"], seconds: within)
  }

  /// The dashboard as `nobody`, who can write neither the journal nor its directory.
  private func viewer() throws -> TmuxServer {
    guard geteuid() == 0 else { throw XCTSkip("needs root, to run the dashboard as another account (nobody)") }
    // As in the shared deployment: the editors' files, which others may only read.
    for file in [journal, journal + "-wal", journal + "-shm"] where FileManager.default.fileExists(atPath: file) {
      XCTAssertEqual(chmod(file, 0o644), 0, file)
    }
    chmod(directory.path, 0o755)
    let binary = try AccordBinary.path()
    let server = try TmuxServer(width: 120, height: 40) { _ in
      [
        "env", "-u", "LC_ALL", "LANG=C.UTF-8", "TERM=xterm-256color", "HOME=/nonexistent",
        "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
        binary, "--today", "2026-11-24", "--journal", journal, "--read-only",
      ]
    }
    self.server = server
    try server.assertShows(["Political"])
    try server.send(":")
    try server.send("1", ".", "1", "Enter")
    return server
  }

  func test_a_viewer_who_can_write_neither_the_journal_nor_its_directory_sees_updates_live() throws {
    try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    let server = try viewer()
    try server.assertShows(["History (1 update in the journal)", "2026-11-01  ↻ continuous"])

    try record(["1.1", "--status", "continuous", "--date", "2026-11-15", "--note", "second report", "--source", "KPL"])
    try server.assertShows(
      ["History (2 updates in the journal)", "2026-11-15  ↻ continuous", "second report"], seconds: within)
    let screen = try server.capture()
    XCTAssertFalse(screen.contains("journal unreadable"), TmuxServer.framed(screen))
  }

  func test_a_viewer_started_while_the_journal_lacks_its_wal_files_says_so_and_reads_it_after_the_next_update() throws {
    try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    // As an accord that did not keep them left it: checkpointed, the two files removed.
    try FileManager.default.removeItem(atPath: journal + "-wal")
    try FileManager.default.removeItem(atPath: journal + "-shm")
    let server = try viewer()
    try server.assertShows(["History (0 updates in the journal)", "journal unreadable", "-wal and -shm files"])

    try record(["1.1", "--status", "continuous", "--date", "2026-11-15", "--note", "second report", "--source", "KPL"])
    try server.assertShows(["History (2 updates in the journal)", "second report"], seconds: within)
    XCTAssertTrue(try eventually { !(try server.capture().contains("journal unreadable")) })
  }
}
