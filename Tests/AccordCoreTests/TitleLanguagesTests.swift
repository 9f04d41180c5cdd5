import Testing

@testable import AccordCore

/// A meeting's `title` and the plan's `title` and `short_title` in several languages, as a
/// pillar's and a sector's `name`: English required, Lao and Khmer each optional.
@Suite struct TitleLanguagesTests {
  static let plan = """
    format: accord-plan/1
    plan:
      title: {en: "Fixture Plan 2023-2027", lo: "ແຜນທົດລອງ 2023-2027", km: "ផែនការសាកល្បង 2023-2027"}
      short_title: {en: "Fixture", km: "សាកល្បង"}
      signed: 2023-02-07
      period: {start: 2023-01-01, end: 2027-12-31}
      valid_until: 2028-02-06
    pillars:
      - id: I
        name: Political
        sectors:
          - id: "1"
            name: Foreign Affairs
            commitments:
              - id: "1.1"
                kind: continuous
                status: unknown
                text: "Exchange visits."
    meetings:
      - id: jc-16
        title: {en: "16th Joint Commission", lo: "ກອງປະຊຸມຄະນະກຳມະການຮ່ວມ ຄັ້ງທີ 16"}
        type: joint-commission
        date: 2027
        status: expected
        source: "the plan"
      - id: visit-1
        title: "A visit"
        type: visit
        date: 2024
        status: held
        source: "news"

    """

  @Test func aMeetingsAndThePlansTitlesLoadInEachLanguageTheyAreGivenIn() throws {
    let plan = try PlanLoader.load(text: Self.plan, file: "plan.yaml")
    let jc = try #require(plan.meeting(id: "jc-16"))
    #expect(jc.title == "16th Joint Commission")
    #expect(jc.title(in: "lo") == "ກອງປະຊຸມຄະນະກຳມະການຮ່ວມ ຄັ້ງທີ 16")
    #expect(jc.title(in: "km") == "16th Joint Commission", "no Khmer title: the English one")
    #expect(plan.meeting(id: "visit-1")?.title(in: "lo") == "A visit")
    #expect(plan.info.title(in: "km") == "ផែនការសាកល្បង 2023-2027")
    #expect(plan.info.shortTitle == "Fixture")
    #expect(plan.info.shortTitle(in: "km") == "សាកល្បង")
    #expect(plan.info.shortTitle(in: "lo") == "Fixture")
  }

  @Test func exportWritesBackTheFormItRead() throws {
    let plan = try PlanLoader.load(text: Self.plan, file: "plan.yaml")
    let exported = try PlanYAML.text(plan)
    #expect(exported.contains("lo: \"ກອງປະຊຸມຄະນະກຳມະການຮ່ວມ ຄັ້ງທີ 16\"") || exported.contains("lo: ກອງປະຊຸມ"))
    #expect(try PlanLoader.load(text: exported, file: "exported.yaml") == plan)
  }

  @Test func aTitleWithoutItsEnglishIsRefusedWhereItStands() {
    let broken = Self.plan.replacingOccurrences(
      of: "{en: \"16th Joint Commission\", lo:", with: "{lo:")
    #expect {
      try PlanLoader.load(text: broken, file: "plan.yaml")
    } throws: { error in
      let description = (error as? PlanLoadError)?.description ?? ""
      return description.contains("plan.yaml:21:") && description.contains("is missing 'en'")
    }
  }

  /// The bundled plan titles itself and each of its meetings in Lao and Khmer.
  @Test func theBundledPlanTitlesEveryMeetingInLaoAndKhmer() throws {
    let plan = try PlanLoader.bundled()
    #expect(plan.meetings.count == 68)
    let untitled = plan.meetings.filter { $0.otherTitles["lo"] == nil || $0.otherTitles["km"] == nil }.map(\.id)
    #expect(untitled.isEmpty, "\(untitled)")
    #expect(Set(plan.info.otherTitles.keys) == ["lo", "km"])
    #expect(Set(plan.info.otherShortTitles.keys) == ["lo", "km"])
  }
}
