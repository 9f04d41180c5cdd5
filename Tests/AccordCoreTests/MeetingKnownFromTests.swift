import AccordCore
import Testing

/// A meeting is on no list of a day before a source made it known, and shows on each day the
/// date known that day; what a source dated only to a month or a year says is known from the
/// end of that month or year.
@Suite struct MeetingKnownFromTests: MinimalPlanEditing {
  let good: String

  init() throws {
    good = try Fixture.text("minimal-plan.yaml")
  }

  static func day(_ text: String) -> Day { Day(iso: text)! }

  /// The 4th JTC: announced on 2026-03-10 for 1 June, postponed on 2026-05-20 to 15 September,
  /// held then and reported the next day; and a meeting held "in June 2023", reported so.
  static let meetings = """
      - id: jtc-4
        title: 4th Joint Trade Commission
        type: joint-trade-commission
        date: 2026-06-01
        status: planned
        source: "MOC notice, 2026-03-10"
        announced: {date: 2026-03-10, source: "MOC notice, 2026-03-10"}
        evidence:
          - date: 2026-09-15
            status: postponed
            summary: put off to September
            source: "MOC notice, 2026-05-20"
            recorded_by: somchai
            recorded_at: 2026-05-20T08:00:00Z
          - date: 2026-09-15
            status: held
            summary: held in Phnom Penh
            source: "KPL, 2026-09-16"
            recorded_by: somchai
            recorded_at: 2026-09-16T08:00:00Z
      - id: inspection-2023-06
        title: Inspection visit
        type: sector-meeting
        date: 2023-06
        status: held
        source: "Phnom Penh Post"

    """

  func plan() throws -> Plan {
    try PlanLoader.load(text: edited("meetings:\n", "meetings:\n" + Self.meetings), file: "plan.yaml")
  }

  func seen(_ day: String) throws -> (meeting: Meeting?, schedule: Schedule) {
    let plan = try plan().asOf(Self.day(day))
    return (plan.meeting(id: "jtc-4"), Schedule(plan: plan, today: Self.day(day)))
  }

  @Test func before_its_announcement_a_meeting_is_on_no_list_of_the_day() throws {
    let (meeting, schedule) = try seen("2026-03-09")
    #expect(meeting == nil)
    #expect(!schedule.upcoming.contains { $0.id == "jtc-4" } && !schedule.past.contains { $0.id == "jtc-4" })
    #expect(schedule.nextMeeting?.id == "asean-49")
    #expect(try plan().meeting(id: "asean-49")?.knownFrom == nil, "a meeting no source dates is known on every day")
  }

  @Test func between_announcement_and_meeting_it_shows_the_date_known_that_day() throws {
    let announced = try seen("2026-03-10")
    #expect(announced.meeting?.status == .planned)
    #expect(announced.meeting?.date == .day(year: 2026, month: 6, day: 1))
    #expect(announced.schedule.nextMeeting?.id == "jtc-4")
    let postponed = try seen("2026-05-20")
    #expect(postponed.meeting?.status == .postponed)
    #expect(postponed.meeting?.date == .day(year: 2026, month: 9, day: 15))
    #expect(postponed.schedule.dueWithoutReport.isEmpty, "postponed is not 'no report since due' on 1 June")
    #expect(try seen("2026-06-02").schedule.dueWithoutReport.isEmpty)
  }

  @Test func after_the_meeting_it_is_held_on_the_day_it_took_place() throws {
    let held = try seen("2026-09-16")
    #expect(held.meeting?.status == .held)
    #expect(held.schedule.past.first?.id == "jtc-4")
    #expect(held.schedule.nextMeeting?.id == "asean-49")
  }

  @Test func a_meeting_dated_to_a_month_is_known_from_the_end_of_that_month() throws {
    let plan = try plan()
    #expect(plan.asOf(Self.day("2023-06-01")).meeting(id: "inspection-2023-06") == nil)
    #expect(plan.asOf(Self.day("2023-06-29")).meeting(id: "inspection-2023-06") == nil)
    #expect(plan.asOf(Self.day("2023-06-30")).meeting(id: "inspection-2023-06")?.status == .held)
  }

  @Test func evidence_dated_to_a_month_or_a_year_is_known_from_its_end() throws {
    let plan = try plan()
    func status(_ id: String, on day: String) -> CommitmentStatus? {
      plan.asOf(Self.day(day)).commitment(id: id)?.status
    }
    // 2.1: done "2024-12"; 5.1: in progress "2025".
    #expect(status("2.1", on: "2024-12-01") == .unknown)
    #expect(status("2.1", on: "2024-12-30") == .unknown)
    #expect(status("2.1", on: "2024-12-31") == .done)
    #expect(status("2.1", on: "2025-06-01") == .done)
    #expect(status("5.1", on: "2025-01-01") == .unknown)
    #expect(status("5.1", on: "2025-12-31") == .inProgress)
    #expect(status("5.1", on: "2026-01-01") == .inProgress)
  }

  /// Nothing is known before the date of its source: 2.1's MoU of "2024-12" reported on the
  /// 6th; the 15th JC of 26-28 November reported on the 28th; a source dated only "May 2023".
  @Test func nothing_is_known_before_the_date_of_its_source() throws {
    let text = edited(
      "                source: \"KPL, 2024-12-06\"\n",
      "                source: \"KPL, 2024-12-06\"\n                published: 2024-12-06\n"
    )
    .replacingOccurrences(
      of: "    source: \"KPL, 2025-11-28\"\n", with: "    source: \"KPL, 2025-11-28\"\n    published: 2025-11-27\n")
    let plan = try PlanLoader.load(text: text, file: "plan.yaml")
    #expect(plan.asOf(Self.day("2024-12-05")).commitment(id: "2.1")?.status == .unknown)
    #expect(
      plan.asOf(Self.day("2024-12-06")).commitment(id: "2.1")?.status == .done,
      "not the end of the month: its source says so on the 6th")
    #expect(plan.asOf(Self.day("2025-11-26")).meeting(id: "jc-15") == nil)
    #expect(plan.asOf(Self.day("2025-11-27")).meeting(id: "jc-15")?.status == .held)
    #expect(
      KnownDay.of(.day(year: 2023, month: 5, day: 4), published: .month(year: 2023, month: 5), recordedOn: nil)
        == Self.day("2023-05-31"))
    #expect(
      KnownDay.of(.day(year: 2024, month: 12, day: 4), published: .day(year: 2024, month: 12, day: 1), recordedOn: nil)
        == Self.day("2024-12-04"), "never before it happened")
  }

  @Test func a_journal_update_is_known_from_the_day_it_was_recorded_when_that_is_earlier() {
    #expect(KnownDay.of(.month(year: 2026, month: 11), recordedOn: Self.day("2026-11-10")) == Self.day("2026-11-10"))
    #expect(KnownDay.of(.month(year: 2026, month: 11), recordedOn: nil) == Self.day("2026-11-30"))
    #expect(
      KnownDay.of(.day(year: 2026, month: 11, day: 5), recordedOn: Self.day("2026-11-20")) == Self.day("2026-11-05"))
    // Progress is never known before it can have happened; news of a meeting to come is.
    #expect(
      KnownDay.of(.day(year: 2026, month: 11, day: 30), recordedOn: Self.day("2026-11-24")) == Self.day("2026-11-30"))
    #expect(
      KnownDay.ofMeetingNews(.month(year: 2027, month: 3), recordedOn: Self.day("2026-11-24")) == Self.day("2026-11-24")
    )
  }

  @Test func a_planned_meeting_first_heard_of_after_it_took_place_is_flagged_but_a_held_one_is_not() throws {
    let late = edited(
      "    source: \"test\"\n",
      "    source: \"test\"\n    announced: {date: 2027-01-05, source: \"MOFA, 2027-01-05\"}\n")
    let jbc = try #require(try PlanLoader.load(text: late, file: "plan.yaml").meeting(id: "jbc"))
    #expect(jbc.isPlannedAfterTheFact)
    var held = jbc
    held.status = .held
    #expect(!held.isPlannedAfterTheFact)
    #expect(try !plan().meetings.contains { $0.isPlannedAfterTheFact })
  }

  @Test func an_announcement_needs_a_date_and_its_source() {
    let problems = problems(edited("    source: \"test\"\n", "    source: \"test\"\n    announced: {date: 2026-13}\n"))
    #expect(problems.contains { $0.hasSuffix("'announced' is missing 'source'") }, "\(problems)")
    #expect(problems.contains { $0.contains("'date'") && $0.contains("2026-13") }, "\(problems)")
  }
}
