import Foundation
import XCTest

/// `accord export` writes a plan file that `accord check` accepts, with the journal in it.
final class JournalExportEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  func test_export_round_trips_through_check_with_the_updates_as_evidence() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-export-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let journal = directory.appendingPathComponent("journal.sqlite").path
    let exported = directory.appendingPathComponent("plan.yaml").path
    let none = directory.appendingPathComponent("none.sqlite").path

    let before = try Subprocess.run(try accord, ["check", "--today", "2026-11-24", "--journal", none])
    try Subprocess.check(
      try accord,
      ["update", "16.3", "--status", "done", "--date", "2026-11", "--note", "ສຳເລັດ ចប់", "--source", "Joint statement",
       "--journal", journal, "--today", "2026-11-24"])
    try Subprocess.check(try accord, ["export", "--journal", journal, "-o", exported])
    let check = try Subprocess.run(try accord, ["check", exported, "--today", "2026-11-24", "--journal", none])
    XCTAssertEqual(check.status, 0, check.error)
    XCTAssertNotEqual(check.output, before.output, "the exported plan counts the new evidence")
    let text = try String(contentsOfFile: exported, encoding: .utf8)
    XCTAssertTrue(text.contains("summary: ສຳເລັດ ចប់"), text)
    XCTAssertTrue(text.contains("recorded_by: "), text)
    XCTAssertTrue(text.contains("recorded_at: "), text)

    // The merged plan (check with the journal) and the exported file (check without) agree.
    let merged = try Subprocess.run(try accord, ["check", "--today", "2026-11-24", "--journal", journal])
    XCTAssertEqual(merged.output, check.output)
  }
}
