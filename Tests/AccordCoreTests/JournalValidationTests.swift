import AccordCore
import Testing

/// A typed update is checked as the plan file is: each mistake refused with the field to fix.
@Suite struct JournalValidationTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.load(text: try Fixture.text("minimal-plan.yaml"), file: "plan.yaml")
  }

  func refusal(_ request: JournalUpdateRequest) -> String? {
    do {
      _ = try plan.validate(request)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aGoodUpdateIsAcceptedWithItsTargetKind() throws {
    let update = try plan.validate(JournalUpdateRequest(id: "1.2", status: "in-progress", date: "2024-02", note: "ກອງປະຊຸມ", source: "KPL"))
    #expect(update.target == .commitment("1.2"))
    #expect(update.status == .commitment(.inProgress))
    #expect(update.date == .month(year: 2024, month: 2))
    let meeting = try plan.validate(JournalUpdateRequest(id: "jc-16", status: "held", date: "2025-03-04", source: "KPL"))
    #expect(meeting.target == .meeting("jc-16"))
  }

  @Test func anUnknownIdGetsADidYouMean() {
    #expect(refusal(JournalUpdateRequest(id: "jbd", status: "held", date: "2025", source: "x"))
      == "id: no commitment, milestone or meeting 'jbd' (did you mean 'jbc'?)")
  }

  @Test func aBadStatusIsRefusedWithTheNearestValue() {
    #expect(refusal(JournalUpdateRequest(id: "1.2", status: "donne", date: "2024", source: "x"))
      == "status: 'donne' is not a status (did you mean 'done'?)")
    #expect(refusal(JournalUpdateRequest(id: "jc-16", status: "done", date: "2024", source: "x"))?.hasPrefix("status: 'done' is not a meeting status") == true)
  }

  @Test func anImpossibleDateIsRefused() {
    #expect(refusal(JournalUpdateRequest(id: "1.2", status: "done", date: "2024-02-30", source: "x"))
      == "date: '2024-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
  }

  @Test func aSourceIsRequiredForEveryStatusButUnknown() throws {
    #expect(refusal(JournalUpdateRequest(id: "1.2", status: "done", date: "2024", source: "  "))
      == "source: a source is required for status done")
    _ = try plan.validate(JournalUpdateRequest(id: "1.2", status: "unknown", date: "2024"))
  }
}
