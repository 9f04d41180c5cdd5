import AccordCore
import Testing

/// A meeting's reports from the journal (held, postponed, cancelled, planned anew) change
/// what is shown only from the day they were known: truth as of a day holds for meetings too.
@Suite struct MeetingEvidenceTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.load(text: try Fixture.text("minimal-plan.yaml"), file: "plan.yaml")
  }

  static func day(_ text: String) -> Day { Day(iso: text)! }

  /// An update of the Joint Border Committee (planned for 2026-12-15 in the file), recorded
  /// on `recorded`.
  static func jbc(_ status: String, date: String, recorded: String, number: Int = 1) -> JournalUpdate {
    JournalUpdate(
      id: number, targetKind: .meeting, targetID: "jbc", status: status, date: PlanDate(iso: date)!,
      source: "MOFA notice \(number)",
      recording: Recording(author: "somchai", recordedAt: "\(recorded)T08:00:00Z", journalID: number))
  }

  func jbc(in plan: Plan, on day: String) -> Meeting {
    plan.asOf(Self.day(day)).meeting(id: "jbc")!
  }

  @Test func a_held_update_dated_after_the_day_shown_changes_nothing_on_that_day() {
    let merged = plan.merging([Self.jbc("held", date: "2026-12-16", recorded: "2026-12-17")])
    let before = jbc(in: merged, on: "2026-12-10")
    #expect(before == jbc(in: plan, on: "2026-12-10"))
    #expect(before.status == .planned)
    #expect(before.date == .day(year: 2026, month: 12, day: 15))
    #expect(before.source == "test")
    let after = jbc(in: merged, on: "2026-12-16")
    #expect(after.status == .held)
    #expect(after.date == .day(year: 2026, month: 12, day: 16))
    #expect(after.source == "MOFA notice 1")
  }

  @Test func a_postponement_to_a_later_date_shows_from_the_day_it_was_recorded_and_is_not_due_without_report() {
    let merged = plan.merging([Self.jbc("postponed", date: "2027-03", recorded: "2026-12-01")])
    #expect(jbc(in: merged, on: "2026-11-30") == jbc(in: plan, on: "2026-11-30"))
    let postponed = jbc(in: merged, on: "2026-12-01")
    #expect(postponed.status == .postponed)
    #expect(postponed.date == .month(year: 2027, month: 3))
    // Past the old date and the new one, still not "no report since due".
    #expect(!jbc(in: merged, on: "2026-12-20").isDueWithoutReport(on: Self.day("2026-12-20")))
    #expect(!jbc(in: merged, on: "2027-04-02").isDueWithoutReport(on: Self.day("2027-04-02")))
    #expect(jbc(in: plan, on: "2026-12-20").isDueWithoutReport(on: Self.day("2026-12-20")))
  }

  @Test func a_cancellation_keeps_the_date_is_never_due_and_is_not_the_next_meeting() {
    let merged = plan.merging([Self.jbc("cancelled", date: "2026-12-01", recorded: "2026-12-02")])
    #expect(jbc(in: merged, on: "2026-11-30") == jbc(in: plan, on: "2026-11-30"), "called off on the 1st")
    let cancelled = jbc(in: merged, on: "2026-12-01")
    #expect(cancelled.status == .cancelled)
    #expect(cancelled.date == .day(year: 2026, month: 12, day: 15))
    #expect(!jbc(in: merged, on: "2027-01-05").isDueWithoutReport(on: Self.day("2027-01-05")))
    let day = Self.day("2026-12-14")
    #expect(Schedule(plan: plan.asOf(day), today: day).nextMeeting?.id == "jbc")
    #expect(
      Schedule(plan: merged.asOf(day), today: day).nextMeeting?.id == "king-visit", "the state visit, some day in 2026")
  }

  @Test func the_newest_known_report_stands_and_a_corrected_one_is_left_out() {
    let merged = plan.merging([
      Self.jbc("postponed", date: "2027-03", recorded: "2026-12-01", number: 1),
      Self.jbc("planned", date: "2027-02-10", recorded: "2026-12-05", number: 2),
      Self.jbc("cancelled", date: "2026-12-06", recorded: "2026-12-06", number: 3),
      JournalUpdate(
        id: 4, targetKind: .meeting, targetID: "jbc", status: "planned", date: .day(year: 2027, month: 2, day: 10),
        source: "MOFA notice 4", corrects: 3,
        recording: Recording(author: "somchai", recordedAt: "2026-12-07T08:00:00Z", journalID: 4)),
    ])
    #expect(merged.meeting(id: "jbc")?.evidence.count == 3)
    #expect(jbc(in: merged, on: "2026-12-03").status == .postponed)
    let replanned = jbc(in: merged, on: "2026-12-05")
    #expect(replanned.status == .planned)
    #expect(replanned.date == .day(year: 2027, month: 2, day: 10))
    #expect(jbc(in: merged, on: "2026-12-08").source == "MOFA notice 4")
  }
}
