import Foundation
import XCTest

/// `accord export` with the real binary: updates recorded, exported, and the file read back by
/// `accord check` and by PyYAML; the journal is left as it was. Meeting updates come out in the
/// calendar and on the timeline.
final class JournalExportEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  static let note = "ສຳເລັດ ប្រជុំ\n- id: x\n  kind: deliverable: # \"q\" 'q'\u{1B}[31m"

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-export-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  private func accord(_ arguments: [String]) throws -> String {
    try Subprocess.check(try accord, arguments)
  }

  private func recordTwoUpdates() throws {
    _ = try accord([
      "update", "16.3", "--status", "done", "--date", "2026-11", "--note", Self.note, "--source", "   JTC minutes",
      "--today", "2026-11-24", "--journal", journal,
    ])
    _ = try accord([
      "update", "asean-49", "--status", "cancelled", "--date", "2026-11-01", "--source", "ASEAN secretariat",
      "--today", "2026-11-24", "--journal", journal,
    ])
  }

  func test_an_export_is_a_plan_file_that_check_accepts_with_the_journals_evidence() throws {
    // Recording times are whole seconds of the real clock (whatever --today says).
    let started = Date().addingTimeInterval(-1)
    try recordTwoUpdates()
    let finished = Date().addingTimeInterval(1)
    let history = try accord(["history", "--journal", journal])
    let exported = directory.appendingPathComponent("exported.yaml").path
    XCTAssertEqual(try accord(["export", "--journal", journal, "--output", exported]), "")

    let withJournal = try accord(["check", "--today", "2026-11-24", "--journal", journal])
    // With the same journal too: the updates the file already holds are not merged twice.
    let fromExport = try accord(["check", "--data", exported, "--today", "2026-11-24", "--journal", journal])
    let withoutJournal = try accord([
      "check", "--data", exported, "--today", "2026-11-24", "--journal",
      directory.appendingPathComponent("none.sqlite").path,
    ])
    XCTAssertEqual(withoutJournal, fromExport)
    XCTAssertTrue(
      fromExport.hasPrefix("ok: 5 pillars, 29 sectors, 140 commitments, 68 meetings, 25 with evidence, "), fromExport)
    XCTAssertEqual(fromExport, withJournal, "the exported file says what the plan and its journal say")
    XCTAssertEqual(try accord(["history", "--journal", journal]), history, "export changes nothing in the journal")

    // Standard output, with or without `--output -`, is the same document.
    let file = try String(contentsOfFile: exported, encoding: .utf8)
    XCTAssertEqual(try accord(["export", "--journal", journal]), file)
    XCTAssertEqual(try accord(["export", "--journal", journal, "--output", "-"]), file)
    XCTAssertFalse(file.contains("\u{1B}"), "the note's ESC is escaped, never written raw")

    let account = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    let read = try PythonCheck.run(
      """
      import sys, yaml
      plan = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
      c = next(c for s in plan['pillars'][2]['sectors'] for c in s['commitments'] if c['id'] == '16.3')
      e = c['evidence'][-1]
      print(c['status'], e['status'], e['date'], e['recorded_by'], e['journal_update'], repr(e['source']))
      print(e['summary'] == \(pythonString(Self.note)))
      m = next(m for m in plan['meetings'] if m['id'] == 'asean-49')
      print(m['status'], m['evidence'][0]['status'], m['evidence'][0]['date'])
      at = m['evidence'][0]['recorded_at']  # a timestamp to YAML 1.1 when unquoted
      print(at if isinstance(at, str) else at.strftime('%Y-%m-%dT%H:%M:%SZ'))
      """, on: exported)
    let lines = read.split(separator: "\n").map(String.init)
    XCTAssertEqual(
      lines.prefix(3), ["done done 2026-11 \(account) 1 '   JTC minutes'", "True", "not-reported cancelled 2026-11-01"])
    let recorded = try XCTUnwrap(
      lines.last.flatMap { ISO8601DateFormatter().date(from: $0) }, "recorded_at is an ISO 8601 time: \(read)")
    XCTAssertTrue(
      (started...finished).contains(recorded),
      "recorded_at \(recorded) is when the update was recorded, between \(started) and \(finished)")
  }

  func test_a_cancelled_meeting_is_cancelled_in_the_calendar_and_on_the_timeline() throws {
    try recordTwoUpdates()
    let calendar = directory.appendingPathComponent("accord.ics").path
    _ = try accord(["calendar", "--today", "2026-11-24", "--journal", journal, "-o", calendar])
    let statuses = try PythonCheck.run(
      CalendarEndToEndTests.summary + """
        for e in events:
            if 'ASEAN Summit' in str(e['SUMMARY']): print(str(e['SUMMARY']), e['STATUS'])
        """, on: calendar)
    XCTAssertTrue(statuses.contains("49th ASEAN Summit CANCELLED\n"), statuses)
    XCTAssertTrue(statuses.contains("48th ASEAN Summit CONFIRMED\n"), statuses)

    let before = try accord([
      "render", "--today", "2026-10-31", "--screen", "timeline", "--size", "120x40", "--journal", journal,
    ])
    let after = try accord([
      "render", "--today", "2026-11-24", "--screen", "timeline", "--size", "120x40", "--journal", journal,
    ])
    let row = { (screen: String) in
      screen.split(separator: "\n").first { $0.contains("49th ASEAN Summit") }.map(String.init) ?? ""
    }
    XCTAssertTrue(row(after).hasSuffix("cancelled"), row(after))
    XCTAssertTrue(row(before).hasSuffix("in 10 days"), "the day before it was called off: \(row(before))")
  }

  func test_a_hostile_plan_exports_escaped_and_checks_the_same() throws {
    let none = directory.appendingPathComponent("none.sqlite").path
    let exported = try accord(["export", "--data", PythonCheck.hostilePlan, "--journal", none])
    XCTAssertFalse(
      exported.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) })
    XCTAssertTrue(
      exported.contains(#"title: "<b>Summit</b>; with, commas \\ backslash and \e]0;title\a bell""#), exported)
    let file = directory.appendingPathComponent("hostile-export.yaml").path
    try exported.write(toFile: file, atomically: true, encoding: .utf8)
    let first = try accord(["check", "--data", PythonCheck.hostilePlan, "--today", "2026-11-24", "--journal", none])
    let again = try accord(["check", "--data", file, "--today", "2026-11-24", "--journal", none])
    XCTAssertEqual(
      again.replacingOccurrences(of: file, with: "F"),
      first.replacingOccurrences(of: PythonCheck.hostilePlan, with: "F"))
  }

  private func pythonString(_ text: String) -> String {
    "'"
      + text.unicodeScalars.map {
        $0.isASCII && $0.value >= 0x20 && $0 != "'" && $0 != "\\" ? String($0) : String(format: "\\U%08x", $0.value)
      }.joined() + "'"
  }
}
