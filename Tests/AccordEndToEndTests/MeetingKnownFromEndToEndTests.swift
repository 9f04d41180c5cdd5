import AccordCore
import Foundation
import XCTest

/// A meeting announced on 2026-03-10 for 1 June, postponed on 2026-05-20 to 15 September and
/// held then, added to the bundled plan: the timeline, the next meeting, the briefing and the
/// calendar of each day show only what was known that day.
final class MeetingKnownFromEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  static let meeting = """
      - id: jtc-4
        title: "4th Joint Trade Commission"
        type: joint-trade-commission
        date: 2026-06-01
        place: Phnom Penh
        status: planned
        source: "MOC notice, 2026-03-10"
        announced: {date: 2026-03-10, source: "MOC notice, 2026-03-10"}
        evidence:
          - {date: 2026-09-15, status: postponed, summary: put off, source: "MOC, 2026-05-20", recorded_by: somchai, recorded_at: "2026-05-20T08:00:00Z"}
          - {date: 2026-09-15, status: held, summary: held, source: "KPL, 2026-09-16", recorded_by: somchai, recorded_at: "2026-09-16T08:00:00Z"}

    """

  func planFile() throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("known-\(UUID()).yaml")
    try PlanLoader.bundledText.replacingOccurrences(of: "meetings:\n", with: "meetings:\n" + Self.meeting)
      .write(to: file, atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: file) }
    return file.path
  }

  func run(_ arguments: [String], on day: String, plan: String) throws -> String {
    let result = try Subprocess.run(try accord, arguments + ["--data", plan, "--today", day])
    XCTAssertEqual(result.status, 0, result.error)
    return result.output
  }

  /// The timeline row of the meeting, the header's next meeting, the briefing's next meetings
  /// and the calendar event, as `accord` prints them on `day`.
  func seen(on day: String, plan: String) throws -> (timeline: String?, next: String, briefing: String, event: String?)
  {
    let timeline = try run(["render", "--screen", "timeline", "--size", "160x60"], on: day, plan: plan)
    let overview = try run(["render", "--size", "160x40"], on: day, plan: plan)
    let briefing = try run(["report"], on: day, plan: plan)
    let next = briefing.components(separatedBy: "## Next meetings").last?.components(separatedBy: "\n## ").first ?? ""
    let calendar = try run(["calendar"], on: day, plan: plan).replacingOccurrences(of: "\r\n ", with: "")
    let event = calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:jtc-4.") }
    return (
      timeline.split(separator: "\n").map(String.init).first { $0.contains("4th Joint Trade Commission") },
      overview.split(separator: "\n").map(String.init).first { $0.contains("Next meeting") } ?? "",
      next, event
    )
  }

  func test_before_the_announcement_the_meeting_is_nowhere() throws {
    let seen = try seen(on: "2026-03-09", plan: try planFile())
    XCTAssertNil(seen.timeline)
    XCTAssertFalse(seen.next.contains("4th Joint Trade"), seen.next)
    XCTAssertFalse(seen.briefing.contains("4th Joint Trade"), seen.briefing)
    XCTAssertNil(seen.event)
    let screen = try Subprocess.run(
      try accord, ["render", "--screen", "meeting jtc-4", "--data", try planFile(), "--today", "2026-03-09"])
    XCTAssertEqual(screen.status, 64, screen.output)
    XCTAssertEqual(
      screen.error, "accord: meeting 'jtc-4' is not known on 2026-03-09: its first source is dated 2026-03-10\n")
  }

  func test_once_announced_it_shows_the_date_known_that_day() throws {
    let plan = try planFile()
    let announced = try seen(on: "2026-03-10", plan: plan)
    XCTAssertTrue(announced.timeline?.contains("2026-06-01") == true, announced.timeline ?? "not on the timeline")
    XCTAssertTrue(announced.next.contains("2026-06-01") && announced.next.contains("4th Joint Trade"), announced.next)
    XCTAssertTrue(announced.briefing.contains("4th Joint Trade Commission"), announced.briefing)
    XCTAssertTrue(announced.event?.contains("DTSTART;VALUE=DATE:20260601") == true, announced.event ?? "no event")
    XCTAssertTrue(announced.event?.contains("STATUS:CONFIRMED") == true, announced.event ?? "no event")
    let postponed = try seen(on: "2026-05-20", plan: plan)
    XCTAssertTrue(postponed.timeline?.contains("2026-09-15") == true, postponed.timeline ?? "not on the timeline")
    XCTAssertTrue(postponed.timeline?.contains("postponed") == true, postponed.timeline ?? "")
    XCTAssertFalse(
      postponed.next.contains("4th Joint Trade"), "the anniversary on 15 June comes first: \(postponed.next)")
    XCTAssertTrue(postponed.event?.contains("DTSTART;VALUE=DATE:20260915") == true, postponed.event ?? "no event")
    XCTAssertTrue(postponed.event?.contains("STATUS:TENTATIVE") == true, postponed.event ?? "no event")
  }

  func test_after_the_meeting_it_is_held_on_its_day() throws {
    let held = try seen(on: "2026-09-16", plan: try planFile())
    XCTAssertTrue(held.timeline?.contains("2026-09-15") == true, held.timeline ?? "not on the timeline")
    XCTAssertTrue(held.timeline?.hasSuffix("yesterday") == true, "among the past meetings: \(held.timeline ?? "")")
    XCTAssertFalse(held.next.contains("4th Joint Trade"), held.next)
    XCTAssertTrue(held.event?.contains("DTSTART;VALUE=DATE:20260915") == true, held.event ?? "no event")
    XCTAssertTrue(held.event?.contains("reported held") == true, held.event ?? "no event")
  }

  /// jc-14 rests on one report that it was announced, `confidence: reported`: never confirmed.
  func test_a_meeting_resting_on_reported_evidence_is_never_confirmed_in_the_calendar() throws {
    let calendar = try run(["calendar"], on: "2026-11-24", plan: try planFile())
    let jc14 = try XCTUnwrap(calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:jc-14.") })
    XCTAssertTrue(jc14.contains("STATUS:TENTATIVE"), jc14)
    let before = try run(["calendar"], on: "2022-07-05", plan: try planFile())
    XCTAssertFalse(before.contains("UID:jc-14."), "announced on 2022-07-06")
  }
}
