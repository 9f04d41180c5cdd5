import AccordCore
import Foundation
import Testing

/// The plan format's milestones, evidence statuses and addresses, journal recordings and
/// context meetings: read as written, and every mistake placed.
@Suite struct MilestoneLoadingTests: MinimalPlanEditing {
  let good: String

  init() throws {
    good = try Fixture.text("minimal-plan.yaml")
  }

  static let twoMilestones = """
              - id: "1.2"
                kind: deliverable
                status: unknown
                text: Organizing the Third Meeting in 2023.
                milestones:
                  - id: 1.2a
                    what: the Third Meeting
                    due: 2023 or agreed
                    status: done
                    evidence:
                      - date: 2024-02
                        status: done
                        summary: Third Meeting held
                        source: "KPL, 2024-02-10"
                        url: https://kpl.gov.la/detail.aspx?id=1
                  - id: 1.2b
                    what: the seminar
                    due: agreed
                    status: unknown
    """

  var withMilestones: String {
    edited(
      """
                - id: "1.2"
                  kind: deliverable
                  target: 2023
                  status: unknown
                  text: Organizing the Third Meeting in 2023.
      """, Self.twoMilestones)
  }

  @Test func readsMilestonesWithTheirDueDatesStatusesAndEvidence() throws {
    let plan = try PlanLoader.load(text: withMilestones, file: "plan.yaml")
    let milestones = try #require(plan.commitment(id: "1.2")?.milestones)
    #expect(milestones.map(\.id) == ["1.2a", "1.2b"])
    #expect(milestones.map(\.due.description) == ["2023 or agreed", "agreed"])
    #expect(milestones[0].due.target?.deadline == Day(year: 2023, month: 12, day: 31))
    #expect(milestones[1].due.target == nil)
    #expect(milestones[0].evidence.first?.status == .done)
    #expect(milestones[0].evidence.first?.url == "https://kpl.gov.la/detail.aspx?id=1")
  }

  @Test func aMilestoneMustBelongToItsCommitmentAndHaveARealDueDate() throws {
    let text = withMilestones.replacingOccurrences(of: "id: 1.2b", with: "id: 3.9b")
      .replacingOccurrences(of: "due: agreed", with: "due: 2023-13")
    let found = problems(text)
    try #require(found.count == 2)
    #expect(found[0].contains("milestone '3.9b' of commitment '1.2' should have an id that starts with '1.2'"))
    #expect(found[1].contains("'due' is not a date: '2023-13'"))
  }

  @Test func aCommitmentWithMilestonesHasNoTargetOfItsOwn() {
    let text = withMilestones.replacingOccurrences(
      of: "            text: Organizing", with: "            target: 2023\n            text: Organizing")
    #expect(problems(text).contains { $0.contains("a commitment with milestones gives each its own 'due'") })
  }

  @Test func evidenceStatusesAreThePlansOwnValues() {
    let text = edited(
      "status: continuous\n                summary: State visit",
      "status: finished\n                summary: State visit")
    #expect(problems(text).first?.contains("unknown status 'finished'") == true)
  }

  @Test func recordingsComeInPairs() throws {
    let text = edited(
      "summary: State visit",
      "recorded_by: somchai\n                recorded_at: 2026-11-25T06:30:00Z\n                summary: State visit")
    let plan = try PlanLoader.load(text: text, file: "plan.yaml")
    #expect(plan.commitment(id: "1.1")?.evidence.first?.recording?.author == "somchai")
    let half = edited("summary: State visit", "recorded_by: somchai\n                summary: State visit")
    #expect(problems(half).first?.contains("a recorded item needs 'recorded_at'") == true)
  }

  @Test func contextMeetingsAreMarkedAndOnlyTrueOrFalseIsAccepted() throws {
    let text = edited("    place: Vientiane", "    place: Vientiane\n    context: true")
    #expect(try PlanLoader.load(text: text, file: "plan.yaml").meeting(id: "jc-15")?.isContext == true)
    let yes = edited("    place: Vientiane", "    place: Vientiane\n    context: yes")
    #expect(problems(yes).first?.contains("'context' should be true or false") == true)
  }

  @Test func aStatusMustBeTheOneItsNewestReportShows() {
    let text = edited(
      "status: continuous\n                summary: State visit",
      "status: in-progress\n                summary: State visit")
    #expect(
      problems(text).first?.contains(
        "status 'continuous' disagrees with the newest evidence (2024-04-23), which shows 'in-progress'") == true)
    #expect(problems(good).isEmpty)
    // A report that supports no status cannot carry one.
    let context = edited(
      "status: continuous\n                summary: State visit", "status: none\n                summary: State visit")
    #expect(
      problems(context) == [
        "plan.yaml:20:21: status 'continuous' rests on no evidence that supports it (each says 'status: none'); give the status a report supports, or 'unknown'"
      ])
  }

  /// Every report says what it supports; only where the item's status is `unknown` may it
  /// leave that out (it then supports none), so no report silently takes the file's status.
  @Test func evidenceWithoutAStatusIsRefusedAtItsPositionUnlessTheItemIsUnknown() throws {
    let bare = edited(
      "                status: continuous\n                summary: State visit", "                summary: State visit"
    )
    #expect(
      problems(bare) == [
        "plan.yaml:23:17: evidence of an item whose status is 'continuous' needs 'status': the status this report supports ('done', 'in-progress', 'continuous', 'not-started', 'unknown', 'none'; 'none' for context such as a pledge or talks)"
      ])
    let unknown = bare.replacingOccurrences(
      of: "            status: continuous\n            text: Maintaining",
      with: "            status: unknown\n            text: Maintaining")
    let plan = try PlanLoader.load(text: unknown, file: "plan.yaml")
    #expect(plan.commitment(id: "1.1")?.evidence.first?.status == nil)
    #expect(plan.asOf(Day(year: 2026, month: 1, day: 1)).commitment(id: "1.1")?.status == .unknown)
  }
}
