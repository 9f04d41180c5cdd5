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
    let result = try Subprocess.run(
      try accord, ["check", try plan(withStaleMeetings: 1).path, "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(result.output.hasPrefix("ok: "), result.output)
    XCTAssertTrue(result.error.contains("meeting 'stale-1' was due 2024-03-02 and has no report"), result.error)
    // On a day before its date it is simply planned.
    let before = try Subprocess.run(
      try accord, ["check", try plan(withStaleMeetings: 1).path, "--today", "2024-03-01"])
    XCTAssertEqual(before.error, "")
  }

  func test_the_bundled_plan_passes_with_no_warning() throws {
    let result = try Subprocess.run(try accord, ["check", "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(result.error, "")
  }

  /// The bundled plan with `text` in place of `original`, which must be there.
  func bundled(replacing original: String, with text: String) throws -> URL {
    XCTAssertTrue(PlanLoader.bundledText.contains(original), original)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("edited-\(UUID()).yaml")
    try PlanLoader.bundledText.replacingOccurrences(of: original, with: text).write(
      to: file, atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: file) }
    return file
  }

  func test_a_planned_meeting_first_heard_of_after_it_took_place_is_a_warning_but_a_held_one_is_not() throws {
    let meeting =
      "  - id: late\n    title: Late news\n    type: other\n    date: 2024-03-02\n    status: STATUS\n    source: \"KPL, 2024-05-01\"\n    announced: {date: 2024-05-01, source: \"KPL, 2024-05-01\"}\n"
    let planned = try bundled(
      replacing: "meetings:\n", with: "meetings:\n" + meeting.replacingOccurrences(of: "STATUS", with: "planned"))
    let result = try Subprocess.run(try accord, ["check", planned.path, "--today", "2024-06-01"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(
      result.error.contains(
        "meeting 'late' is 'planned' but its first source is dated 2024-05-01, after the meeting itself"), result.error)
    let held = try bundled(
      replacing: "meetings:\n", with: "meetings:\n" + meeting.replacingOccurrences(of: "STATUS", with: "held"))
    XCTAssertEqual(try Subprocess.run(try accord, ["check", held.path, "--today", "2024-06-01"]).error, "")
  }

  /// 17.6's evidence of the signing, its status taken away: refused where the item starts.
  func test_evidence_without_a_status_on_an_item_with_one_is_refused_with_its_position() throws {
    let item =
      "              - date: 2024-12-04\n                status: done\n                summary: \"Agreement on the Avoidance"
    let file = try bundled(
      replacing: item, with: item.replacingOccurrences(of: "                status: done\n", with: ""))
    let line = PlanLoader.bundledText.components(separatedBy: item)[0].split(
      separator: "\n", omittingEmptySubsequences: false
    ).count
    let result = try Subprocess.run(try accord, ["check", file.path])
    XCTAssertEqual(result.status, 65, result.error)
    XCTAssertEqual(result.output, "")
    XCTAssertTrue(
      result.error.hasPrefix(
        "\(file.path):\(line):17: evidence of an item whose status is 'done' needs 'status': the status this report supports"
      ),
      result.error)
  }

  func test_many_stale_meetings_are_named_a_screenful_at_a_time() throws {
    let result = try Subprocess.run(
      try accord, ["check", try plan(withStaleMeetings: 25).path, "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    let lines = result.error.split(separator: "\n")
    XCTAssertEqual(lines.count, 21, result.error)
    XCTAssertTrue(lines.last?.hasSuffix("5 more meetings were due and have no report") == true, result.error)
  }
}
