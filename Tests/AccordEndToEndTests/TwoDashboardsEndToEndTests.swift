import Foundation
import XCTest

/// Two officials on one server, each in a dashboard of their own (two tmux servers, the real
/// binary): one records an update with the form, the other, a read-only viewer on the same
/// commitment, sees it without a key pressed (how soon is `make bench`'s figure).
final class TwoDashboardsEndToEndTests: XCTestCase {
  private var panes: [TmuxPane] = []
  private var directory: URL!
  private var journal: String { directory.appendingPathComponent("journal.sqlite").path }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-two-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    panes.forEach { $0.stop() }
    try? FileManager.default.removeItem(at: directory)
  }

  private func dashboard(_ extra: [String] = []) throws -> TmuxPane {
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal] + extra, width: 120, height: 40)
    panes.append(pane)
    try pane.assertShows(["Political"])
    try pane.send(":", "16.3", "Enter")
    try pane.assertShows([
      "Effectively implementing the bilateral trade agreement", "History (0 updates in the journal)",
    ])
    return pane
  }

  func test_an_update_recorded_with_the_form_shows_in_the_other_dashboard() throws {
    let editor = try dashboard()
    let viewer = try dashboard(["--read-only"])

    try viewer.send("u")
    try viewer.assertShows(["read-only: this dashboard cannot record updates"])

    try editor.send("u")
    try editor.assertShows(["Record an update"])
    try editor.send("i", "Tab", "Tab", "ກອງປະຊຸມ JTC ຄັ້ງທີ 4", "Tab", "MOFA letter", "C-s")
    try editor.assertShows(["recorded #1: 16.3 in-progress on 2026-11-24"])

    try viewer.server.assertShows(
      ["History (1 update in the journal)", "ກອງປະຊຸມ JTC ຄັ້ງທີ 4", "source: MOFA letter"],
      "the viewer's dashboard shows the editor's update:", seconds: 30)
    let screen = try viewer.capture()
    XCTAssertTrue(
      screen.contains("Effectively implementing the bilateral trade agreement"),
      "on the same screen:\n\(TmuxServer.framed(screen))")
    XCTAssertFalse(screen.contains("Record an update"))
  }
}
