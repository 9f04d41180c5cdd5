import XCTest

/// A plan file's cached archive, through the real binary in tmux: a second start never shows an
/// old plan, nor trusts a damaged entry.
final class PlanCacheEndToEndTests: XCTestCase {
  private var file: URL!
  private var cache: URL { IsolatedEnvironment.home.appendingPathComponent(".cache/accord/plans") }

  override func setUpWithError() throws {
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../AccordCoreTests/Fixtures/minimal-plan.yaml").standardized
    file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID()).yaml")
    try FileManager.default.copyItem(at: fixture, to: file)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(at: file)
  }

  /// A run of the dashboard on the file that shows `sectors` under the first pillar, then ends on q.
  private func run(showing sectors: [String], environment: [String] = []) throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--data", file.path], environment: environment)
    defer { pane.stop() }
    try pane.assertShows(["Political"])
    try pane.send("Enter")
    try pane.assertShows(sectors)
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  private func entries() -> [URL] {
    (try? FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)) ?? []
  }

  func test_a_plan_file_edited_between_two_runs_shows_the_new_text() throws {
    try run(showing: ["Foreign Affairs", "Legislative Bodies"])
    XCTAssertEqual(entries().count, 1, "the first run keeps the plan's archive")
    // The same length, so that only the bytes tell the two files apart.
    let text = try String(contentsOf: file, encoding: .utf8)
    try text.replacingOccurrences(of: "name: Foreign Affairs", with: "name: Foreign Affairx")
      .write(to: file, atomically: false, encoding: .utf8)
    try run(showing: ["Foreign Affairx", "Legislative Bodies"])
    XCTAssertEqual(entries().count, 1, "the old entry is replaced, not kept beside")
  }

  func test_a_damaged_cache_entry_is_ignored_and_the_plan_shown() throws {
    try run(showing: ["Foreign Affairs", "Legislative Bodies"])
    let entry = try XCTUnwrap(entries().first)
    let good = try Data(contentsOf: entry)
    var damaged = good
    for index in stride(from: 40, to: damaged.count, by: 7) { damaged[index] = 0xFF }
    try damaged.write(to: entry)
    try run(showing: ["Foreign Affairs", "Legislative Bodies"])
    XCTAssertEqual(try Data(contentsOf: entry), good, "the damaged entry is written anew")
  }

  func test_accord_cache_off_keeps_no_cache() throws {
    try run(showing: ["Foreign Affairs"], environment: ["ACCORD_CACHE=off"])
    XCTAssertEqual(entries(), [])
  }
}
