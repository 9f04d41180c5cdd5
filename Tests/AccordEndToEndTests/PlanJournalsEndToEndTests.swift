import Foundation
import XCTest

/// Several plans, each with its own journal (`--journal` after each `--data`), through the real
/// binary in tmux: an update typed in one plan goes to that plan's journal alone, and what
/// another process records in the other plan's journal shows in that plan.
final class PlanJournalsEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  private var directory: URL!
  private var journalA: String { directory.appendingPathComponent("a.sqlite").path }
  private var journalB: String { directory.appendingPathComponent("b.sqlite").path }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-plan-journals-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    pane?.stop()
    pane = nil
    try? FileManager.default.removeItem(at: directory)
  }

  private func history(_ journal: String, plan: String) throws -> [Substring] {
    let result = try Subprocess.run(try AccordBinary.path(), ["history", "--journal", journal, "--data", plan])
    XCTAssertEqual(result.status, 0, result.error)
    return result.output.split(separator: "\n")
  }

  func test_an_update_in_plan_B_goes_to_B_s_journal_and_plan_A_is_unaffected() throws {
    let (bundled, fixture) = (SeveralPlansEndToEndTests.bundled, SeveralPlansEndToEndTests.fixture)
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--data", bundled, "--journal", journalA, "--data", fixture, "--journal", journalB],
      width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["2 plans open"])
    try pane.send("Down", "Enter", ":", "fx/1.2", "Enter")
    try pane.assertShows(["A fixture deliverable due in June 2026 with no report."])
    try pane.send("u")
    try pane.assertShows(["Record an update", "[unknown]"])
    try pane.send("d", "Tab", "Tab", "fixture minutes", "Tab", "fixture letter", "C-s")
    try pane.assertShows(["recorded #1: 1.2 done on 2026-11-24", "History (1 update in the journal)"])
    let b = try history(journalB, plan: fixture)
    XCTAssertEqual(b.count, 1, b.joined(separator: "\n"))
    XCTAssertTrue(b.first?.contains("1.2") == true && b.first?.contains("fixture letter") == true, "\(b)")
    XCTAssertFalse(FileManager.default.fileExists(atPath: journalA), "plan A's journal is not written")

    // Another process records in plan A's journal: plan A shows it, plan B's update stays B's.
    let recorded = try Subprocess.run(
      try AccordBinary.path(),
      [
        "update", "16.3", "--status", "in-progress", "--date", "2026-11-10", "--source", "MOFA letter", "--journal",
        journalA, "--today", "2026-11-24",
      ])
    XCTAssertEqual(recorded.status, 0, recorded.error)
    try pane.send("P", "Up", "Enter", ":", "16.3", "Enter")
    try pane.assertShows([
      "Effectively implementing the bilateral trade agreement", "History (1 update in the journal)",
    ])
    XCTAssertFalse(try pane.capture().contains("fixture letter"), "plan B's update is not in plan A")
    XCTAssertEqual(try history(journalA, plan: bundled).count, 1)
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  /// The fixture's 1.1 continues the bundled plan's 16.3 (`continues:`): its screen shows what
  /// another process recorded for 16.3 in the bundled plan's journal, under the older plan's name.
  func test_a_continued_commitment_shows_the_older_ones_history_from_the_older_plans_journal() throws {
    let (bundled, fixture) = (SeveralPlansEndToEndTests.bundled, SeveralPlansEndToEndTests.fixture)
    let recorded = try Subprocess.run(
      try AccordBinary.path(),
      [
        "update", "16.3", "--status", "in-progress", "--date", "2026-11-10", "--source", "MOFA letter on the JTC",
        "--journal", journalA, "--today", "2026-11-24",
      ])
    XCTAssertEqual(recorded.status, 0, recorded.error)
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--data", bundled, "--journal", journalA, "--data", fixture, "--journal", journalB],
      width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["2 plans open"])
    try pane.send("Enter", ":", "fx/1.1", "Enter")
    try pane.assertShows([
      "Continues: 16.3 of Lao PDR-Cambodia Action Plan 2023-2027",
      "Earlier: 16.3 in Lao PDR-Cambodia Action Plan 2023-2027 (1 update in its journal)", "MOFA letter on the JTC",
    ])
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  func test_one_journal_for_several_plans_is_refused_with_what_to_do() throws {
    let (bundled, fixture) = (SeveralPlansEndToEndTests.bundled, SeveralPlansEndToEndTests.fixture)
    let refused = try Subprocess.run(
      try AccordBinary.path(), ["--data", bundled, "--data", fixture, "--journal", journalA])
    XCTAssertEqual(refused.status, 64, refused.error)
    XCTAssertTrue(
      refused.error.contains("--journal was given once for 2 plans: give it once after each --data"), refused.error)
    XCTAssertFalse(FileManager.default.fileExists(atPath: journalA))
  }
}
