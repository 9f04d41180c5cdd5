import AccordCore
import Testing

/// `accord export`: the plan with its journal, written as a plan file that loads back to the
/// same plan, whatever the journal's text holds.
@Suite struct PlanExportTests: MinimalPlanEditing {
  let good: String

  init() throws {
    good = try Fixture.text("minimal-plan.yaml")
  }

  static func update(
    _ id: String, _ kind: JournalUpdate.TargetKind = .commitment, status: String = "done", date: String = "2025-06-01",
    note: String = "", source: String = "MOFA", number: Int, corrects: Int? = nil, url: String? = nil
  ) -> JournalUpdate {
    JournalUpdate(
      id: number, targetKind: kind, targetID: id, status: status, date: PlanDate(iso: date)!, note: note,
      source: source,
      url: url, confidence: number % 2 == 0 ? .reported : .confirmed, corrects: corrects,
      recording: Recording(
        author: "somchai", authorName: number == 3 ? nil : "ສົມໃຈ ພົມມະ",
        recordedAt: "2026-11-2\(number % 10)T06:30:0\(number % 10)Z",
        journalID: number))
  }

  /// Loads what export wrote, or records every problem the loader found.
  static func reload(_ plan: Plan) throws -> Plan {
    try PlanLoader.load(text: try PlanYAML.text(plan), file: "exported.yaml")
  }

  @Test func the_bundled_plan_with_an_empty_journal_exports_to_a_file_that_loads_equal() throws {
    let bundled = try PlanLoader.bundled()
    let exported = try PlanYAML.text(bundled.merging([]))
    #expect(try PlanLoader.load(text: exported, file: "exported.yaml") == bundled)
    #expect(exported.hasPrefix("# accord plan file (format accord-plan/1)"))
  }

  @Test func a_merged_journal_exports_and_loads_back_to_the_same_merged_plan() throws {
    let bundled = try PlanLoader.bundled()
    let updates = [
      Self.update("16.3", status: "in-progress", date: "2026-03", note: "ກຳລັງດຳເນີນ / កំពុងដំណើរការ", number: 1),
      Self.update("8.4a", .milestone, date: "2023-10-05", number: 2, url: "https://example.org/a?b=c&d"),
      Self.update("16.3", status: "done", date: "2026-11-20", number: 3),
      Self.update("16.3", status: "in-progress", date: "2026-11-20", number: 4, corrects: 3),
      Self.update("jc-16", .meeting, status: "postponed", date: "2027-03", number: 5),
      Self.update("asean-49", .meeting, status: "cancelled", date: "2026-10-01", number: 6),
      Self.update("jc-15", .meeting, status: "held", date: "2025-11-26", note: "ປະຊຸມ", number: 7),
    ]
    let merged = bundled.merging(updates)
    #expect(merged != bundled)
    let reloaded = try Self.reload(merged)
    #expect(reloaded == merged)
    #expect(reloaded.merging(updates) == merged, "merging the journal into its own export adds nothing twice")
    // The correction stands for update 3, which is left out.
    let evidence = reloaded.commitment(id: "16.3")!.evidence.compactMap(\.recording?.journalID)
    #expect(evidence == [1, 4])
    #expect(reloaded.commitment(id: "16.3")?.status == .inProgress)
    #expect(reloaded.meeting(id: "jc-16")?.evidence.map(\.status) == [.postponed])
    #expect(reloaded.meeting(id: "asean-49")?.evidence.first?.recording?.authorName == "ສົມໃຈ ພົມມະ")
  }

  @Test(arguments: [
    "\n- id: x\n  kind: deliverable", "status: done", "key: value # not a comment", "# a comment",
    "\"double\" and 'single' quotes", "   three leading spaces", "trailing spaces   ", "null", "~", "", "- a list?",
    "[1, 2]", "{a: b}", "&anchor *alias !tag", "| literal", "> folded", "---\n...", "tab\there", "cr\rlf\r\n",
    "ESC \u{1B}[31mred\u{1B}[0m BEL \u{07} NEL \u{85} CSI \u{9B}", "bidi \u{202E}olleh\u{202C} \u{2066}x\u{2069}",
    "marks \u{200F}RLM \u{061C}ALM \u{200E}LRM",
    "line\u{2028}separator\u{2029}", "ສຳເລັດ ບັນລຸ ប្រជុំ​លើក​ទី ១៥ 中文", "é (e + \u{301})", "0x1F 1e3 .inf true yes",
    "\\ backslash \\n not a break", "NUL \u{0} here",
  ])
  func any_text_from_the_journal_round_trips_and_never_becomes_yaml_structure(_ note: String) throws {
    let plan = try PlanLoader.load(text: good, file: "plan.yaml")
    let merged = plan.merging([
      Self.update("1.2", note: note, source: note, number: 1, url: note),
      Self.update("jc-16", .meeting, status: "cancelled", date: "2026-01", note: note, source: note, number: 2),
    ])
    let text = try PlanYAML.text(merged)
    let reloaded = try PlanLoader.load(text: text, file: "exported.yaml")
    #expect(reloaded == merged)
    #expect(reloaded.commitment(id: "1.2")?.evidence.first?.summary == (note.isEmpty ? "commitment 1.2: done" : note))
    #expect(reloaded.commitments.count == plan.commitments.count, "no commitment injected")
    // Nothing a terminal would obey: every character SafeText refuses is escaped, but the
    // document's own line breaks.
    #expect(!text.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) })
  }

  @Test func lao_and_khmer_are_written_as_they_are_not_escaped() throws {
    let plan = try PlanLoader.load(text: good, file: "plan.yaml")
    let text = try PlanYAML.text(plan.merging([Self.update("1.2", note: "ສຳເລັດ ប្រជុំ", number: 1)]))
    #expect(text.contains("summary: \"ສຳເລັດ ប្រជុំ\""))
  }

  @Test func meeting_statuses_postponed_and_cancelled_load_from_a_plan_file() throws {
    let text = edited("    status: planned\n    source: \"test\"", "    status: cancelled\n    source: \"test\"")
      .replacingOccurrences(
        of: "    date: 2027-05\n    status: planned", with: "    date: 2027-05\n    status: postponed")
    let plan = try PlanLoader.load(text: text, file: "plan.yaml")
    #expect(plan.meeting(id: "jbc")?.status == .cancelled)
    #expect(plan.meeting(id: "asean-50")?.status == .postponed)
  }

  @Test func bad_recording_keys_are_reported_at_their_line_and_column() {
    let item = "                source: \"Xinhua, April 2024\"\n"
    #expect(
      problems(
        edited(
          item,
          item
            + "                recorded_by: somchai\n                recorded_at: 2026-11-25 06:30\n                journal_update: -3\n"
        )) == [
          "plan.yaml:28:30: 'recorded_at' is not a time in UTC: '2026-11-25 06:30'; expected YYYY-MM-DDTHH:MM:SSZ",
          "plan.yaml:29:33: 'journal_update' should be the update's number in its journal (1, 2, ...); found '-3'",
        ])
    #expect(
      problems(edited(item, item + "                recorded_by_name: Somchai\n")) == [
        "plan.yaml:23:17: a recorded item needs 'recorded_by' (the account that recorded it)",
        "plan.yaml:23:17: a recorded item needs 'recorded_at' (when, in UTC)",
      ])
    #expect(
      problems(
        edited(item, item + "                recorded_by: somchai\n                recorded_at: 2026-13-25T06:30:00Z\n")
      ) == [
        "plan.yaml:28:30: 'recorded_at' is not a time in UTC: '2026-13-25T06:30:00Z'; expected YYYY-MM-DDTHH:MM:SSZ"
      ])
  }

  @Test func a_meetings_evidence_needs_a_meeting_status_and_is_checked_like_any_other() {
    let meeting = "    source: \"Viet Nam News\"\n"
    let evidence =
      meeting
      + "    evidence:\n      - date: 2026-11-30\n        status: done\n        summary: x\n        source: y\n        recorded_by: a\n"
    #expect(
      problems(edited(meeting, evidence)) == [
        "plan.yaml:86:9: a recorded item needs 'recorded_at' (when, in UTC)",
        "plan.yaml:87:17: unknown status 'done'; expected one of 'held', 'planned', 'expected', 'not-reported', 'postponed', 'cancelled'",
      ])
  }
}
