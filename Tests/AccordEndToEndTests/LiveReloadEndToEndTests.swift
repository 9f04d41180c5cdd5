import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The dashboard follows edits of its plan file, through the real binary in tmux.
final class LiveReloadEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  private var file: URL!

  override func setUpWithError() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../AccordCoreTests/Fixtures/minimal-plan.yaml").standardized
    file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID()).yaml")
    try FileManager.default.copyItem(at: fixture, to: file)
  }

  override func tearDown() {
    pane?.stop()
    pane = nil
    try? FileManager.default.removeItem(at: file)
  }

  private func edit(_ original: String, _ replacement: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(text.contains(original), "the plan lacks \(original)")
    // Written in place, as editors that do not rename do; the stamp's mtime and size change.
    try text.replacingOccurrences(of: original, with: replacement).write(to: file, atomically: false, encoding: .utf8)
  }

  func test_a_good_edit_shows_at_once_and_keeps_the_screen() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--data", file.path])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send("Enter")
    try pane.assertShows(["Foreign Affairs", "Legislative Bodies"])
    try edit("name: Foreign Affairs", "name: Foreign Affairs and Protocol")
    try pane.assertShows(["Foreign Affairs and Protocol", "Legislative Bodies"], "after the edit:")
  }

  func test_a_broken_edit_keeps_the_last_good_data_until_fixed() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--data", file.path])
    self.pane = pane
    try pane.assertShows(["Political", "Defence and Security"])
    try edit("    name: Defence and Security", "    name: Defence and Security\n    colour: red")
    try pane.assertShows(
      ["reload failed", "\(file.lastPathComponent)", "unknown key 'colour'"], "after a broken edit:")
    try pane.assertShows(["Political", "Defence and Security"], "the last good data stays:")
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
    try edit("\n    colour: red", "")
    XCTAssertTrue(
      try eventually { !(try pane.capture().contains("reload failed")) },
      "the notice stays after the fix:\n\(TmuxServer.framed((try? pane.capture()) ?? ""))")
  }

  /// An edit that no watch can see (same size, same inode, its modification time put back), as
  /// a copy from a backup or a file system with coarse times leaves: `r` reads it all the same.
  func test_r_reloads_by_hand_an_edit_the_watch_cannot_see() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--data", file.path])
    self.pane = pane
    try pane.assertShows(["Political", "Defence and Security"])
    var before = stat()
    XCTAssertEqual(stat(file.path, &before), 0)
    try edit("name: Defence and Security", "name: Defence and Securitx")
    var times = [before.st_atim, before.st_mtim]
    XCTAssertEqual(utimensat(AT_FDCWD, file.path, &times, 0), 0)
    var after = stat()
    XCTAssertEqual(stat(file.path, &after), 0)
    XCTAssertEqual(
      [after.st_size, Int(after.st_ino), after.st_mtim.tv_sec, after.st_mtim.tv_nsec],
      [before.st_size, Int(before.st_ino), before.st_mtim.tv_sec, before.st_mtim.tv_nsec])
    try pane.send("r")
    try pane.assertShows(["Political", "Defence and Securitx"], "after r:")
    XCTAssertFalse(try pane.capture().contains("reload failed"))
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
  }
}
