import Foundation
import XCTest

/// Recording an update with the dashboard's form (`u`), through the real binary in tmux, and
/// reading it back with `accord history`.
final class UpdateFormEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  private var directory: URL!
  private var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  private var accord: String { get throws { try AccordBinary.path() } }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-form-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    pane?.stop()
    pane = nil
    try? FileManager.default.removeItem(at: directory)
  }

  /// The dashboard on commitment 16.3 with its form open.
  private func openForm(
    _ extra: [String] = [], journal: String? = nil, width: Int = 120, height: Int = 40, status: String = "unknown"
  ) throws -> TmuxPane {
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--journal", journal ?? self.journal] + extra, width: width, height: height)
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send(":", "16.3", "Enter")
    try pane.assertShows(["Effectively implementing the bilateral trade agreement"])
    try pane.send("u")
    try pane.assertShows(["Record an update", "[\(status)]"])
    return pane
  }

  private func history() throws -> String {
    let result = try Subprocess.run(try accord, ["history", "--journal", journal])
    XCTAssertEqual(result.status, 0, result.error)
    return result.output
  }

  func test_an_update_typed_in_the_form_is_recorded_with_its_author_and_shows_at_once() throws {
    let pane = try openForm()
    try pane.send("d", "Tab", "Tab", "ປະຊຸມ JTC ຄັ້ງທີ 3 ສຳເລັດ")
    try pane.assertShows(["[done]", "ປະຊຸມ JTC ຄັ້ງທີ 3 ສຳເລັດ"])
    try pane.send("Tab", "MOFA letter", "C-s")
    try pane.assertShows([
      "recorded #1: 16.3 done on 2026-11-24", "History (1 update in the journal)", "source: MOFA letter",
    ])
    XCTAssertFalse(try pane.capture().contains("Record an update"), "the form closes once recorded")

    let account = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    let lines = try history().split(separator: "\n")
    XCTAssertEqual(lines.count, 1)
    XCTAssertTrue(lines[0].hasPrefix("#1  2026-11-24  16.3  done  "), String(lines[0]))
    XCTAssertTrue(lines[0].contains("(\(account))  ປະຊຸມ JTC ຄັ້ງທີ 3 ສຳເລັດ  MOFA letter"), String(lines[0]))
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    // Ctrl-S reached accord because it turned flow control off; the shell gets it back.
    try pane.assertRestored()
  }

  func test_escape_closes_the_form_and_writes_nothing_not_even_a_journal() throws {
    let pane = try openForm()
    try pane.send("d", "Tab", "Tab", "half typed", "Tab", "MOFA")
    try pane.assertShows(["half typed"])
    try pane.send("Escape")
    let closed = try eventually { try !pane.capture().contains("Record an update") }
    let screen = try pane.capture()
    XCTAssertTrue(closed, screen)
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: journal), "a dashboard that records nothing creates no journal")
    XCTAssertEqual(try history(), "")
  }

  func test_a_paste_arrives_whole_and_stops_at_the_cap_with_a_message() throws {
    let pane = try openForm()
    try pane.send("d", "Tab", "Tab")
    _ = try pane.server.tmux(["set-buffer", "ការប្រជុំ 中文 pasted"])
    _ = try pane.server.tmux(["paste-buffer", "-t", "=0:0"])
    try pane.assertShows(["ការប្រជុំ 中文 pasted"])
    try pane.send("Tab")
    _ = try pane.server.tmux(["set-buffer", String(repeating: "s", count: 350)])
    _ = try pane.server.tmux(["paste-buffer", "-t", "=0:0"])
    try pane.assertShows(["the source takes at most 300 characters"])
    try pane.send("C-s")
    try pane.assertShows(["recorded #1"])
    let line = try history()
    XCTAssertTrue(line.contains("ការប្រជុំ 中文 pasted  " + String(repeating: "s", count: 300) + "\n"), line)
  }

  func test_a_resize_while_typing_keeps_what_was_typed() throws {
    let pane = try openForm()
    try pane.send("Tab", "Tab", "ຂໍ້ຄວາມ 中文 kept")
    try pane.assertShows(["ຂໍ້ຄວາມ 中文 kept"])
    try pane.resize(width: 44, height: 12)
    try pane.assertShows(["Record an update", ">Note"], "at 44x12:")
    try pane.resize(width: 30, height: 8)
    try pane.assertShows(["terminal too small"], "at 30x8:")
    try pane.resize(width: 100, height: 30)
    try pane.send(" too")
    try pane.assertShows(["ຂໍ້ຄວາມ 中文 kept too"], "back at 100x30, the text and its cursor are where they were:")
  }

  func test_an_update_recorded_on_the_command_line_is_corrected_from_the_form() throws {
    // Dated to a day: one dated only "2026-11" is known from 30 November (or the day it was
    // recorded, which the real clock puts after the --today shown here).
    let recorded = try Subprocess.run(
      try accord,
      [
        "update", "16.3", "--status", "in-progress", "--date", "2026-11-10", "--source", "MOFA letter", "--journal",
        journal, "--today", "2026-11-24",
      ])
    XCTAssertEqual(recorded.status, 0, recorded.error)
    let pane = try openForm(status: "in-progress")
    try pane.send("d", "Tab", "Tab", "Tab", "Joint minutes", "Tab", "Tab", "Tab", "Right")
    try pane.assertShows(["Corrects     none [#1 2026-11-10 in-progress]"])
    try pane.send("C-s")
    try pane.assertShows(["recorded #2: 16.3 done on 2026-11-24", "#1, corrected by #2", "#2, corrects #1"])
    let lines = try history().split(separator: "\n")
    XCTAssertTrue(lines.last?.contains("corrects #1") == true, lines.joined(separator: "\n"))
  }

  func test_read_only_refuses_u_and_opens_nothing() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal, "--read-only"])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send(":", "16.3", "Enter")
    try pane.assertShows(["Effectively implementing the bilateral trade agreement"])
    try pane.send("u")
    try pane.assertShows(["read-only: this dashboard cannot record updates"])
    XCTAssertFalse(try pane.capture().contains("Record an update"))
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
  }

  func test_an_unwritable_journal_shows_its_error_in_the_form_and_the_dashboard_keeps_running() throws {
    let pane = try openForm(journal: "/proc/journal.sqlite")
    try pane.send("d", "Tab", "Tab", "Tab", "MOFA", "C-s")
    try pane.assertShows(["not recorded: /proc/journal.sqlite: cannot open or create", "Record an update"])
    XCTAssertTrue(ProcessTable.isRunning(try pane.pid()))
    try pane.send("Escape")
    XCTAssertTrue(try eventually { try !pane.capture().contains("Record an update") })
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    XCTAssertEqual(try pane.standardError(), "", "nothing printed over the screen")
  }
}
