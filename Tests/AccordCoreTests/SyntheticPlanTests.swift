import AccordCore
import Testing

@Suite struct SyntheticPlanTests {
  @Test func generatesAValidPlanOfTheSizeAsked() throws {
    let plan = try PlanLoader.load(text: SyntheticPlan.yaml(commitments: 1_003, meetings: 101), file: "synthetic.yaml")
    #expect(plan.commitments.count == 1_003)
    #expect(plan.meetings.count == 101)
    #expect(plan.pillars.count == 5)
    #expect(Set(plan.commitments.map(\.id)).count == 1_003, "ids are unique")
    #expect(Set(plan.commitments.map(\.status)) == Set(CommitmentStatus.allCases))
  }

  @Test func aPlanSmallerThanItsSectorsStillLoads() throws {
    let plan = try PlanLoader.load(text: SyntheticPlan.yaml(commitments: 3, meetings: 0), file: "tiny.yaml")
    #expect(plan.commitments.count == 3)
    #expect(plan.meetings.isEmpty)
  }
}
