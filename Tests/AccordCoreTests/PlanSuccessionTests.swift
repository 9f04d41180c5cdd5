import AccordCore
import Foundation
import Testing

/// A plan that follows another (`succeeds:`) and commitments that carry older ones on
/// (`continues:`): read, refused where they make no sense, and written back by `export`.
@Suite struct PlanSuccessionTests {
  static let yaml = """
    format: accord-plan/1
    plan:
      title: "Fixture plan, test data only"
      signed: 2028-01-10
      period: {start: 2028-01-01, end: 2032-12-31}
      valid_until: 2033-01-10
      succeeds: "Fixture plan before, test data only"
    pillars:
      - id: I
        name: Fixture pillar
        sectors:
          - id: "1"
            name: Fixture sector
            commitments:
              - id: "1.1"
                kind: continuous
                status: unknown
                text: A fixture commitment carrying an old one on.
                continues: "16.3"
    """

  @Test func aPlanNamesThePlanItFollowsAndACommitmentTheOneItCarriesOn() throws {
    let plan = try PlanLoader.load(text: Self.yaml, file: "next.yaml")
    #expect(plan.info.succeeds == "Fixture plan before, test data only")
    #expect(plan.commitment(id: "1.1")?.continues == "16.3")
  }

  @Test func continuesWithoutSucceedsIsRefusedWhereItStands() throws {
    let text = Self.yaml.replacingOccurrences(of: "  succeeds: \"Fixture plan before, test data only\"\n", with: "")
    let error = try #require(throws: PlanLoadError.self) { try PlanLoader.load(text: text, file: "next.yaml") }
    #expect(error.description.hasPrefix("next.yaml:18:"), "at the 'continues' line")
    #expect(error.description.contains("name that plan with 'succeeds' under 'plan'"))
  }

  @Test func aPlanHasAShortIdGivenOrDerivedFromItsParties() throws {
    let given = Self.yaml.replacingOccurrences(of: "plan:\n", with: "plan:\n  id: nx-2\n")
    let plan = try PlanLoader.load(text: given, file: "next.yaml")
    #expect(plan.info.key == "nx-2")
    #expect(try PlanLoader.load(text: PlanYAML.text(plan), file: "exported.yaml") == plan, "export writes it back")
    #expect(try PlanLoader.bundled().info.key == "lk", "Lao PDR, Kingdom of Cambodia")
    let wrong = Self.yaml.replacingOccurrences(of: "plan:\n", with: "plan:\n  id: Not A Key\n")
    let error = try #require(throws: PlanLoadError.self) { try PlanLoader.load(text: wrong, file: "next.yaml") }
    #expect(error.description.hasPrefix("next.yaml:3:7: the plan's id 'Not A Key' should be a short word"), "\(error)")
  }

  @Test func exportWritesThemBack() throws {
    let plan = try PlanLoader.load(text: Self.yaml, file: "next.yaml")
    let written = try PlanYAML.text(plan)
    #expect(try PlanLoader.load(text: written, file: "exported.yaml") == plan)
  }
}
