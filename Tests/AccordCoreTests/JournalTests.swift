import AccordCore
import Foundation
import Testing

/// Updates checked as the plan file is, merged into the plan as dated evidence, and exported.
@Suite struct JournalTests {
  let text: String
  let plan: Plan

  init() throws {
    text = try Fixture.text("minimal-plan.yaml")
    plan = try PlanLoader.load(text: text, file: "plan.yaml")
  }

  func update(
    _ id: String, _ kind: JournalUpdate.TargetKind = .commitment, status: String = "done", date: String = "2025-06-01",
    note: String = "", source: String = "MOFA", number: Int? = nil, corrects: Int? = nil
  ) -> JournalUpdate {
    JournalUpdate(
      id: number, targetKind: kind, targetID: id, status: status, date: PlanDate(iso: date)!, note: note,
      source: source,
      corrects: corrects,
      recording: Recording(author: "somchai", authorName: "Somchai P.", recordedAt: "2026-11-25T06:30:00Z"))
  }

  @Test func a_target_is_found_by_kind_and_an_unknown_one_gets_a_did_you_mean() throws {
    #expect(try JournalValidation.targetKind(of: "1.2", in: plan).get() == .commitment)
    #expect(try JournalValidation.targetKind(of: "jc-15", in: plan).get() == .meeting)
    guard case .failure(let error) = JournalValidation.targetKind(of: "1.3", in: plan) else {
      Issue.record("1.3 is not in the plan")
      return
    }
    #expect(error == .unknownTarget("1.3", suggestion: "1.1"))
  }

  @Test func a_bad_status_and_a_missing_source_are_refused_but_unknown_needs_none() {
    #expect(
      JournalValidation.fieldProblems(in: update("1.2", status: "finished", source: "")) == [
        .notAStatus(
          "finished", expected: ["done", "in-progress", "continuous", "not-started", "unknown"], suggestion: nil),
        .sourceRequired(status: "finished"),
      ])
    #expect(JournalValidation.fieldProblems(in: update("1.2", status: "unknown", source: "")).isEmpty)
    #expect(
      JournalValidation.fieldProblems(in: update("jc-15", .meeting, status: "done")).first
        == .notAStatus("done", expected: ["held", "postponed", "cancelled", "planned"], suggestion: nil))
    #expect(JournalValidation.fieldProblems(in: update("jc-15", .meeting, status: "postponed")).isEmpty)
  }

  @Test func a_merged_update_is_dated_evidence_with_its_recording_and_sets_the_status_when_newest() {
    let merged = plan.merging([update("1.2", note: "ປະຊຸມ ប្រជុំ", number: 1)])
    let commitment = merged.commitments.first { $0.id == "1.2" }!
    #expect(commitment.status == .done)
    #expect(commitment.evidence.map(\.summary) == ["ປະຊຸມ ប្រជុំ"])
    #expect(commitment.evidence.first?.recording?.author == "somchai")
    #expect(commitment.evidence.first?.date == .day(year: 2025, month: 6, day: 1))
  }

  @Test func an_update_older_than_the_files_evidence_adds_evidence_but_keeps_the_status() {
    let merged = plan.merging([update("2.1", status: "in-progress", date: "2024-01")])
    let commitment = merged.commitments.first { $0.id == "2.1" }!
    #expect(commitment.status == .done)
    #expect(commitment.evidence.count == 2)
  }

  @Test func a_corrected_update_gives_way_to_its_correction() {
    let merged = plan.merging([
      update("1.2", number: 1), update("1.2", status: "in-progress", number: 2, corrects: 1),
    ])
    let commitment = merged.commitments.first { $0.id == "1.2" }!
    #expect(commitment.status == .inProgress)
    #expect(commitment.evidence.count == 1)
  }

  @Test func a_held_meeting_takes_the_day_it_was_held() {
    let merged = plan.merging([update("jc-15", .meeting, status: "held", date: "2025-11-27")])
    let meeting = merged.asOf(Day(iso: "2025-11-30")!).meetings.first { $0.id == "jc-15" }!
    #expect(meeting.status == .held)
    #expect(meeting.date == .day(year: 2025, month: 11, day: 27))
    #expect(meeting.source == "MOFA")
  }

  @Test func the_journal_is_found_by_option_then_environment_then_config_then_xdg_then_home() {
    let config = UserConfig(journal: "/srv/config.sqlite")
    let environment = ["ACCORD_JOURNAL": "/srv/env.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u"]
    #expect(JournalLocation.path(option: "/o.sqlite", environment: environment, config: config) == "/o.sqlite")
    #expect(JournalLocation.path(option: nil, environment: environment, config: config) == "/srv/env.sqlite")
    #expect(JournalLocation.path(option: nil, environment: ["HOME": "/home/u"], config: config) == "/srv/config.sqlite")
    #expect(
      JournalLocation.path(
        option: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"], config: UserConfig())
        == "/xdg/accord/journal.sqlite")
    #expect(
      JournalLocation.path(option: nil, environment: ["HOME": "/home/u"], config: UserConfig())
        == "/home/u/.local/share/accord/journal.sqlite")
  }
}
