import AccordCore
import Testing

/// The bodies that carry the plan: each named once, in English, Lao and Khmer with a source per
/// name; sectors name their line ministries of both sides by id; the agency view, `--agency`
/// and briefings group commitments by them.
@Suite struct BodiesTests: MinimalPlanEditing {
  let good: String

  init() throws { good = try Fixture.text("minimal-plan.yaml") }

  static let bodies = """
    bodies:
      - id: la-mofa
        side: lao
        en: {name: "Ministry of Foreign Affairs", source: "the plan, sector 1"}
        lo: {name: "ກະຊວງການຕ່າງປະເທດ", source: "none — name as commonly written, not verified"}
        km: {name: "ក្រសួងការបរទេស", source: "none — translated, not verified"}
      - id: kh-mfaic
        side: cambodia
        en: {name: "Ministry of Foreign Affairs and International Cooperation", source: "s"}
        lo: {name: "ກະຊວງການຕ່າງປະເທດ ແລະ ການຮ່ວມມືສາກົນ", source: "s"}
        km: {name: "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ", source: "s"}
    pillars:
    """

  func withBodies(_ sectorBodies: String) -> String {
    edited("pillars:\n", Self.bodies + "\n").replacingOccurrences(
      of: "        name: Foreign Affairs\n", with: "        name: Foreign Affairs\n        bodies: \(sectorBodies)\n")
  }

  @Test func eachBodysNamesAreLoadedAndItsSectorsCommitmentsGroupedUnderIt() throws {
    let plan = try PlanLoader.load(text: withBodies("[la-mofa, kh-mfaic]"), file: "plan.yaml")
    let lao = try #require(plan.bodies.first)
    #expect(lao.side == .lao && lao.lao.name == "ກະຊວງການຕ່າງປະເທດ" && lao.khmer.name == "ក្រសួងការបរទេស")
    #expect(lao.lao.source.hasPrefix("none"))
    #expect(plan.sector(id: "1")?.bodies == ["la-mofa", "kh-mfaic"])
    let sector1 = plan.sector(id: "1")!.commitments.map(\.id)
    let index = AgencyIndex(plan: plan)
    #expect(index.agency(named: "Ministry of Foreign Affairs (Lao PDR)")?.commitments == sector1)
    #expect(
      index.agency(named: "Ministry of Foreign Affairs and International Cooperation (Cambodia)")?.commitments
        == sector1)
    var filter = CommitmentFilter()
    filter.agency = "Ministry of Foreign Affairs (Lao PDR)"
    let admitted = plan.commitments.filter { filter.admits($0, pillar: 0, overdue: false) }.map(\.id)
    #expect(admitted == sector1, "the agency filter finds a sector's commitments by its line ministry")
    // Written out and read back, the bodies and the sectors' references are the same.
    #expect(try PlanLoader.load(text: PlanYAML.text(plan), file: "export.yaml") == plan)
  }

  @Test func aSectorNamingABodyThePlanLacksIsAnErrorAtItsPosition() {
    let found = problems(withBodies("[la-mofa, kh-mfa]"))
    #expect(found.count == 1)
    #expect(
      found.first?.contains(
        "sector names body 'kh-mfa', which the plan's 'bodies' does not have (did you mean 'kh-mfaic'?)") == true,
      "\(found)")
    #expect(found.first?.hasPrefix("plan.yaml:") == true)
  }

  /// 1.2 names the Cambodian ministry only; 1.1 names none, so its sector's line ministries carry it.
  func withCommitmentBodies(_ ids: String) -> String {
    withBodies("[la-mofa, kh-mfaic]").replacingOccurrences(
      of: "text: Organizing the Third Meeting in 2023.\n",
      with:
        "text: Organizing the Third Meeting in 2023.\n            bodies: \(ids)\n            also_named: [\"Joint Commission\"]\n"
    )
  }

  @Test func aCommitmentIsCarriedByTheBodiesItsTextNamesElseByItsSectorsSaidSo() throws {
    let plan = try PlanLoader.load(text: withCommitmentBodies("[kh-mfaic]"), file: "plan.yaml")
    let named = try #require(plan.commitment(id: "1.2"))
    #expect(named.bodies == ["kh-mfaic"] && named.alsoNamed == ["Joint Commission"])
    #expect(named.carriers == ["Ministry of Foreign Affairs and International Cooperation (Cambodia)"])
    #expect(!named.carriedBySector)
    let fallback = try #require(plan.commitment(id: "1.1"))
    #expect(fallback.carriedBySector && fallback.bodies.isEmpty)
    #expect(fallback.carriers.count == 2)
    let lao = AgencyIndex(plan: plan).agency(named: "Ministry of Foreign Affairs (Lao PDR)")
    #expect(lao?.commitments == ["1.1"], "1.2 names only the Cambodian ministry")
    #expect(try PlanLoader.load(text: PlanYAML.text(plan), file: "export.yaml") == plan)
  }

  @Test func aCommitmentNamingABodyThePlanLacksIsAnErrorAtThatId() throws {
    let text = withCommitmentBodies("[la-mofa, kh-mfa]")
    let lines = text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains("bodies: [la-mofa, kh-mfa]") })
    let column = lines[line].unicodeScalars.count - "kh-mfa]".unicodeScalars.count + 1
    #expect(
      problems(text) == [
        "plan.yaml:\(line + 1):\(column): commitment names body 'kh-mfa', which the plan's 'bodies' does not have (did you mean 'kh-mfaic'?)"
      ])
  }

  @Test func anAgencyIsNamedInTheReadersLanguage() throws {
    let plan = try PlanLoader.load(text: withBodies("[la-mofa, kh-mfaic]"), file: "plan.yaml")
    let lao = try #require(AgencyIndex(plan: plan).agency(named: "Ministry of Foreign Affairs (Lao PDR)"))
    #expect(lao.name(inLanguage: "lo") == "ກະຊວງການຕ່າງປະເທດ")
    #expect(lao.name(inLanguage: "km") == "ក្រសួងការបរទេស")
    #expect(lao.name(inLanguage: "en") == "Ministry of Foreign Affairs (Lao PDR)")
  }

  @Test func aNameNeedsItsSource() {
    let text = withBodies("[la-mofa]").replacingOccurrences(
      of: "km: {name: \"ក្រសួងការបរទេស\", source: \"none — translated, not verified\"}", with: "km: {name: \"ក្រសួងការបរទេស\"}")
    let found = problems(text)
    #expect(found.count == 1 && found.first?.contains("'source'") == true, "\(found)")
  }

  @Test func theBundledPlanNamesLineMinistriesOfBothSidesForEverySectorButBorderIssues() throws {
    let plan = try PlanLoader.bundled()
    let sides = Dictionary(uniqueKeysWithValues: plan.bodies.map { ($0.id, $0.side) })
    for sector in plan.sectors where sector.id != "7" {
      #expect(Set(sector.bodies.compactMap { sides[$0] }) == [.lao, .cambodia], "sector \(sector.id)")
    }
    for body in plan.bodies {
      for name in [body.english, body.lao, body.khmer] {
        #expect(!name.name.isEmpty && !name.source.isEmpty, "\(body.id)")
      }
    }
    let agriculture = AgencyIndex(plan: plan).agency(
      named: "Ministry of Agriculture, Forestry and Fisheries (Cambodia)")
    #expect(agriculture?.commitments == plan.sector(id: "9")?.commitments.map(\.id))
  }
}
