import AccordCore
import Testing

@testable import AccordReport

/// Postponed and cancelled meetings in the briefings and the calendar.
@Suite struct MeetingStatusReportTests {
  static let today = Day(year: 2026, month: 11, day: 24)

  static func plan(_ status: MeetingStatus, on date: PlanDate, reported: String = "2026-11-20T08:00:00Z") -> Plan {
    var plan = BriefingTests.plan
    plan.meetings = plan.meetings.map { meeting in
      guard meeting.id == "soon" else { return meeting }
      var changed = meeting
      changed.evidence = [
        MeetingEvidence(
          date: date, status: status, summary: "news", source: "MOFA",
          recording: Recording(author: "somchai", recordedAt: reported))
      ]
      return changed
    }
    return plan
  }

  @Test func a_cancelled_meeting_is_cancelled_in_the_calendar_and_a_postponed_one_tentative() {
    var cancelled = Self.plan(.cancelled, on: .day(year: 2026, month: 11, day: 20))
    cancelled.meetings = cancelled.meetings.compactMap { $0.reported(on: Self.today) }
    let calendar = ICalendar.render(plan: cancelled, stamp: "20261124T000000Z", version: "0")
    let event = calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("SUMMARY:Visit") } ?? ""
    #expect(event.contains("STATUS:CANCELLED\r\n"), "\(event)")
    #expect(event.contains("DESCRIPTION:visit\\, reported cancelled."), "\(event)")

    var postponed = Self.plan(.postponed, on: .day(year: 2027, month: 1, day: 15))
    postponed.meetings = postponed.meetings.compactMap { $0.reported(on: Self.today) }
    let moved =
      ICalendar.render(plan: postponed, stamp: "20261124T000000Z", version: "0")
      .components(separatedBy: "BEGIN:VEVENT").first { $0.contains("SUMMARY:Visit") } ?? ""
    #expect(moved.contains("DTSTART;VALUE=DATE:20270115\r\n") && moved.contains("STATUS:TENTATIVE\r\n"), "\(moved)")
  }

  @Test func the_html_timeline_draws_a_cancelled_meeting_hollow_as_one_not_held() {
    let html = HTMLReport.render(
      Briefing(plan: Self.plan(.cancelled, on: .day(year: 2026, month: 11, day: 20)), today: Self.today))
    #expect(html.contains("<circle class=\"other cancelled\""), "the visit's dot carries its status")
    #expect(html.contains(".timeline circle.cancelled") && html.contains(".timeline circle.postponed"))
  }

  @Test func the_next_meetings_say_cancelled_or_postponed_instead_of_a_plain_countdown() {
    let cancelled = Briefing(plan: Self.plan(.cancelled, on: .day(year: 2026, month: 11, day: 20)), today: Self.today)
    let soon = cancelled.nextMeetings.first { $0.id == "soon" }!
    #expect(BriefingWording().countdown(soon) == "cancelled")
    #expect(!cancelled.unreportedMeetings.contains { $0.id == "soon" })
    let postponed = Briefing(plan: Self.plan(.postponed, on: .day(year: 2027, month: 1, day: 15)), today: Self.today)
    #expect(BriefingWording().countdown(postponed.nextMeetings.first { $0.id == "soon" }!) == "postponed, in 52 days")
    // Seen before the postponement was recorded, the visit still counts down to its first date.
    let before = Briefing(
      plan: Self.plan(.postponed, on: .day(year: 2027, month: 1, day: 15)), today: Day(year: 2026, month: 11, day: 19))
    #expect(BriefingWording().countdown(before.nextMeetings.first { $0.id == "soon" }!) == "in 12 days")
  }
}
