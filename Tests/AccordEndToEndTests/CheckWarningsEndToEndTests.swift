import AccordCore
import XCTest

/// `accord check` on a plan whose planned meetings went by with no report: warned, not failed,
/// and a stale plan's many warnings stay a screenful.
final class CheckWarningsEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  /// The bundled plan with `count` meetings planned for 2024 and never reported.
  func plan(withStaleMeetings count: Int) throws -> URL {
    let meetings = (1...count).map { index in
      "  - id: stale-\(index)\n    title: \"Planned meeting \(index)\"\n    type: other\n    date: 2024-03-0\(index % 9 + 1)\n    status: planned\n    source: \"test\"\n"
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID()).yaml")
    try (PlanLoader.bundledText + "\n" + meetings.joined()).write(to: file, atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: file) }
    return file
  }

  func test_a_planned_meeting_past_its_date_is_a_warning_and_exit_0() throws {
    let result = try Subprocess.run(try accord, ["check", try plan(withStaleMeetings: 1).path, "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(result.output.hasPrefix("ok: "), result.output)
    XCTAssertTrue(result.error.contains("meeting 'stale-1' was due 2024-03-02 and has no report"), result.error)
    // On a day before its date it is simply planned.
    let before = try Subprocess.run(try accord, ["check", try plan(withStaleMeetings: 1).path, "--today", "2024-03-01"])
    XCTAssertEqual(before.error, "")
  }

  func test_many_stale_meetings_are_named_a_screenful_at_a_time() throws {
    let result = try Subprocess.run(try accord, ["check", try plan(withStaleMeetings: 25).path, "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    let lines = result.error.split(separator: "\n")
    XCTAssertEqual(lines.count, 21, result.error)
    XCTAssertTrue(lines.last?.hasSuffix("5 more meetings were due and have no report") == true, result.error)
  }
}
