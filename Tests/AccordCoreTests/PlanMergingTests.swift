import AccordCore
import Testing

/// Journal updates merged into the plan as dated evidence of their targets.
@Suite struct PlanMergingTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.load(text: try Fixture.text("minimal-plan.yaml"), file: "plan.yaml")
  }

  let recording = Recording(author: "somchai", authorName: "Somchai P.", recordedAt: "2026-11-25T06:30:00Z", journalID: 7)

  @Test func aCommitmentUpdateBecomesEvidenceWithItsRecording() throws {
    let update = JournalUpdate(
      target: .commitment("1.2"), status: .commitment(.done), date: try #require(PlanDate(iso: "2024-02-10")),
      note: "ພິທີລົງນາມ / ពិធីចុះហត្ថលេខា", source: "MOFA Laos", url: "https://example.org/a",
      confidence: .reported, recording: recording)
    let merged = plan.merging([update])
    let before = try #require(plan.commitment(id: "1.2")).evidence
    let after = try #require(merged.commitment(id: "1.2")).evidence
    #expect(after.count == before.count + 1)
    let added = try #require(after.last)
    #expect(added.status == .done)
    #expect(added.summary == "ພິທີລົງນາມ / ពិធីចុះហត្ថលេខា")
    #expect(added.url == "https://example.org/a")
    #expect(added.confidence == .reported)
    #expect(added.recording == recording)
    #expect(merged.commitment(id: "1.1") == plan.commitment(id: "1.1"))
  }

  @Test func aMeetingUpdateGivesTheMeetingItsStatusAndDay() throws {
    let update = JournalUpdate(
      target: .meeting("jc-16"), status: .meeting(.held), date: try #require(PlanDate(iso: "2025-03-04")),
      source: "KPL", recording: recording)
    let meeting = try #require(plan.merging([update]).meeting(id: "jc-16"))
    #expect(meeting.status == .held)
    #expect(meeting.date == PlanDate(iso: "2025-03-04"))
    #expect(meeting.source == "KPL")
  }

  @Test func anUpdateOfAnIdThePlanLacksChangesNothing() throws {
    let update = JournalUpdate(
      target: .commitment("99.9"), status: .commitment(.done), date: try #require(PlanDate(iso: "2024")), source: "x")
    #expect(plan.merging([update]) == plan)
  }
}
