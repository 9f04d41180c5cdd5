import Foundation
import XCTest

/// Issue 24 item 1: the dashboard (as `render` draws it), `check` and the JSON briefing state
/// the same facts on the same day: every count the overview and the watch list show is the
/// briefing's, on days before, during and after the journal's updates, with and without them.
final class BriefingConsistencyEndToEndTests: XCTestCase {
  static let days = ["2024-06-30", "2025-12-01", "2026-11-24", "2027-03-15"]

  func test_the_dashboard_check_and_the_briefing_agree_on_every_count_without_a_journal() throws {
    let directory = try temporaryDirectory()
    for day in Self.days {
      try expectAgreement(on: day, journal: directory.appendingPathComponent("none.sqlite").path)
    }
  }

  func test_the_dashboard_check_and_the_briefing_agree_on_every_count_with_a_journal() throws {
    let directory = try temporaryDirectory()
    let journal = directory.appendingPathComponent("journal.sqlite").path
    // A milestone done, a deliverable begun, a meeting held and one dated anew.
    for update in [
      ["16.3b", "--status", "done", "--date", "2025-11-20", "--source", "JTC minutes"],
      ["8.4", "--status", "in-progress", "--date", "2026-11-20", "--source", "MOFA"],
      ["asean-49", "--status", "held", "--date", "2026-11-10", "--source", "ASEAN"],
      ["jc-16", "--status", "planned", "--date", "2027-02", "--source", "KPL"],
    ] {
      try Subprocess.check(
        try AccordBinary.path(), ["update"] + update + ["--today", "2026-11-24", "--journal", journal])
    }
    for day in Self.days {
      try expectAgreement(on: day, journal: journal)
    }
  }

  func expectAgreement(on day: String, journal: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let accord = try AccordBinary.path()
    let options = ["--today", day, "--journal", journal]
    let report = try Subprocess.check(accord, ["report", "--format", "json"] + options)
    let briefing = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
    let pillars = try XCTUnwrap(briefing["pillars"] as? [[String: Any]])
    let overdue = try XCTUnwrap(briefing["overdue"] as? [[String: Any]])
    let unreported = try XCTUnwrap(briefing["unreported_meetings"] as? [[String: Any]])
    let next = try XCTUnwrap(briefing["next_meetings"] as? [[String: Any]])
    let pace = try XCTUnwrap(briefing["pace"] as? [String: Any])
    let context = "on \(day) with \(journal)"

    // The overview: the pace, the next meeting, and each pillar's gauge, counts and overdue.
    let overview = try Subprocess.check(accord, ["render", "--size", "200x60"] + options)
    let done = "(\(pace["deliverables_done"]!)/\(pace["deliverables"]!))"
    XCTAssertTrue(overview.contains("done \(done)"), "pace \(done) \(context):\n\(overview)", file: file, line: line)
    // The overview names the next dated meeting that is not called off.
    if let dated = next.first(where: { $0["date"] is String && $0["status"] as? String != "cancelled" }),
      let title = dated["title"] as? String
    {
      XCTAssertTrue(
        overview.contains("Next meeting: \(dated["date"]!)"), "next meeting \(context):\n\(overview)", file: file,
        line: line)
      XCTAssertTrue(
        overview.contains(String(title.prefix(40))), "next meeting's title \(context)", file: file, line: line)
    }
    let expectedOverdue = pillars.map {
      ($0["overdue"] as? Int).map { $0 == 0 ? "none overdue" : "! \($0) overdue" } ?? ""
    }
    XCTAssertEqual(panes(of: overview, containing: "overdue"), expectedOverdue, context, file: file, line: line)
    let expectedGauges = pillars.map { pillar in
      pillar["deliverables"] as? Int == 0
        ? "no deliverables" : "\(pillar["deliverables_done"]!)/\(pillar["deliverables"]!)"
    }
    let gauges = panes(of: overview, containing: "no deliverables").map {
      $0.split(separator: " ").first { $0.contains("/") || $0 == "no" }
    }
    XCTAssertEqual(
      gauges.map { $0 == "no" ? "no deliverables" : $0.map(String.init) ?? "" }, expectedGauges, context, file: file,
      line: line)
    for (label, key) in [("✓ done", "done"), ("↻ continuous", "continuous"), ("? no report", "unknown")] {
      let expected = pillars.map { ($0["counts"] as? [String: Int])?[key] ?? -1 }
      let shown = panes(of: overview, containing: label).map {
        Int($0.dropFirst(label.count).split(separator: " ").first ?? "") ?? -2
      }
      XCTAssertEqual(shown, expected, "\(label) \(context)", file: file, line: line)
    }

    // The watch list: its headings' counts, and the overdue ids themselves.
    let watch = try Subprocess.check(accord, ["render", "--screen", "watch", "--size", "200x100"] + options)
    XCTAssertTrue(
      watch.contains("Meetings with no report (\(unreported.count))"), "\(context):\n\(watch)", file: file, line: line)
    XCTAssertTrue(
      watch.contains("Overdue milestones and deliverables (\(overdue.count))"), "\(context):\n\(watch)", file: file,
      line: line)
    let watchedIDs = watch.split(separator: "\n").compactMap { row -> String? in
      let words = Array(row.split(separator: " ").drop { $0 == ">" })  // the selected row's marker
      return words.first == "!" && words.count > 1 ? String(words[1]) : nil
    }
    XCTAssertEqual(Set(watchedIDs), Set(overdue.compactMap { $0["id"] as? String }), context, file: file, line: line)

    // check's summary.
    let check = try Subprocess.run(accord, ["check"] + options).output
    let commitments = pillars.compactMap { $0["overdue"] as? Int }.reduce(0, +)
    let meetings = "\(unreported.count) meeting\(unreported.count == 1 ? "" : "s") with no report on \(day)"
    XCTAssertTrue(
      check.hasSuffix(", \(commitments) overdue, \(meetings)\n"), "\(context): \(check)", file: file, line: line)
  }

  /// The text of each pillar pane on the overview's first row holding `text`, left to right.
  func panes(of screen: String, containing text: String) -> [String] {
    guard let row = screen.split(separator: "\n").first(where: { $0.contains(text) }) else { return [] }
    return row.split(whereSeparator: { "║│".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-consistency-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
  }
}
