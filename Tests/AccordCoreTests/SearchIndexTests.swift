import Testing

@testable import AccordCore

@Suite struct SearchIndexTests {
  static func plan() -> Plan {
    let info = PlanInfo(
      title: "T", shortTitle: "T", parties: ["A", "B"], signed: Day(year: 2023, month: 2, day: 13), signedAt: nil,
      signatories: [], periodStart: Day(year: 2023, month: 1, day: 1), periodEnd: Day(year: 2027, month: 12, day: 31),
      validUntil: Day(year: 2028, month: 2, day: 13), source: nil)
    let trade = Sector(
      id: "16", name: "Trade and Investment",
      commitments: [
        Commitment(
          id: "16.3", text: "Organizing the 3rd Joint Trade Commission (JTC) Meeting", kind: .deliverable,
          status: .inProgress,
          evidence: [Evidence(date: .year(2025), summary: "Préparation du JTC", source: "Vientiane Times")],
          milestones: [
            Milestone(id: "16.3a", what: "the 3rd JTC", due: Due(target: Target(.year(2023)), agreedDateAllowed: true))
          ], carriers: ["Ministries of Commerce"]),
        Commitment(id: "16.4", text: "Business forum of the chambers of commerce", kind: .deliverable),
      ])
    let culture = Sector(
      id: "21", name: "Culture",
      commitments: [
        Commitment(
          id: "21.1", text: "ສົ່ງເສີມ ວັດທະນະທຳ ລາວ and ភាសាខ្មែរ", kind: .continuous,
          carriers: ["Ministries of Culture"])
      ])
    return Plan(
      info: info,
      pillars: [
        Pillar(id: "III", name: "Economic and Technical", sectors: [trade]),
        Pillar(id: "IV", name: "Socio-Cultural", sectors: [culture]),
      ],
      meetings: [
        Meeting(
          id: "jtc-3", title: "3rd Joint Trade Commission", type: .jointTradeCommission, date: .year(2026),
          place: "Phnom Penh", status: .expected, source: "plan")
      ])
  }

  @Test func findsEveryKindGroupedInPlanOrderEachItemOnce() {
    let hits = SearchIndex(plan: Self.plan()).search("trade")
    #expect(hits.map(\.kind) == [.sector, .commitment, .meeting])
    #expect(hits.map(\.id) == ["16", "16.3", "jtc-3"])
  }

  @Test func ignoresCaseAndAccents() {
    let index = SearchIndex(plan: Self.plan())
    #expect(index.search("PREPARATION").map(\.id) == ["16.3"])
    #expect(index.search("préparation") == index.search("preparation"))
    #expect(index.search("phnom penh").map(\.kind) == [.meeting])
  }

  @Test func findsLaoAndKhmerAsWritten() {
    let index = SearchIndex(plan: Self.plan())
    #expect(index.search("ວັດທະນະທຳ").map(\.id) == ["21.1"])
    #expect(index.search("ខ្មែរ").map(\.id) == ["21.1"])
    #expect(index.search("ភាសាខ្មែរx").isEmpty)
  }

  @Test func searchesAgenciesMilestonesAndSources() {
    let index = SearchIndex(plan: Self.plan())
    #expect(index.search("ministries of commerce").map(\.kind) == [.commitment, .agency])
    #expect(index.search("3rd jtc").map(\.id) == ["16.3a"])
    #expect(index.search("vientiane times").map { "\($0.kind) \($0.id)" } == ["evidence 16.3"])
  }

  @Test func aMatchNeverSpansTwoTexts() {
    // "Trade and Investment" then "Economic...": the end of one and the start of the next.
    #expect(SearchIndex(plan: Self.plan()).search("investmenteconomic").isEmpty)
    #expect(SearchIndex(plan: Self.plan()).search("").isEmpty)
  }

  @Test func aMatchOutsideTheIdAndTitleSaysWhereAndQuotesIt() {
    let index = SearchIndex(plan: Self.plan())
    let byAgency = index.search("ministries of commerce")
    #expect(byAgency.first?.elsewhere?.label == "agency")
    #expect(byAgency.first?.elsewhere?.excerpt == "Ministries of Commerce")
    #expect(byAgency.last?.kind == .agency && byAgency.last?.elsewhere == nil, "an agency's own name is its title")
    #expect(index.search("phnom").first?.elsewhere?.label == "place")
    #expect(index.search("vientiane").first?.elsewhere?.label == "source")
    // In the title (and also elsewhere): nothing to quote.
    #expect(index.search("trade").allSatisfy { $0.elsewhere == nil })
  }

  @Test func aQuoteFromALongNoteIsAFewDozenCharactersAroundTheMatch() {
    var plan = Self.plan()
    // Accents shorten the folded text, so the match's folded offset is far from its place.
    let filler = String(repeating: "réunion préparatoire à Vientiane, ", count: 2_000)
    plan.meetings[0].note = filler + "the Sekong bridge was agreed" + filler
    let hit = SearchIndex(plan: plan).search("SEKONG BRIDGE").first
    #expect(hit?.id == "jtc-3" && hit?.elsewhere?.label == "note")
    let excerpt = hit?.elsewhere?.excerpt ?? ""
    #expect(excerpt.contains("the Sekong bridge was agreed"))
    #expect(excerpt.count <= 4 * QuotableText.run, "\(excerpt.count) characters quoted")
    #expect(SearchFolding.ranges(of: "sekong bridge", in: String(excerpt)).count == 1)
  }

  @Test func highlightsTheMatchedClustersOfTheTextShown() {
    let text = "Préparation du JTC"
    let ranges = SearchFolding.ranges(of: "preparation", in: text)
    #expect(ranges.map { String(text[$0]) } == ["Préparation"])
    let street = "Straße and STRASSE"
    #expect(SearchFolding.ranges(of: "strasse", in: street).map { String(street[$0]) } == ["Straße", "STRASSE"])
    let khmer = "ភាសាខ្មែរ"
    #expect(SearchFolding.ranges(of: "ខ្មែរ", in: khmer).map { String(khmer[$0]) } == ["ខ្មែរ"])
  }

  @Test func agenciesHoldTheirCommitments() {
    let agencies = AgencyIndex(plan: Self.plan()).agencies
    #expect(agencies.map(\.name) == ["Ministries of Commerce", "Ministries of Culture"])
    #expect(agencies.first?.commitments == ["16.3"])
  }

  @Test func goToResolvesEveryKindOfIdAndCompletes() {
    let plan = Self.plan()
    #expect(GoToTarget.resolve("16.3", in: plan) == .commitment("16.3"))
    #expect(GoToTarget.resolve(" 16.3A ", in: plan) == .milestone(commitment: "16.3", id: "16.3a"))
    #expect(GoToTarget.resolve("16", in: plan) == .sector("16"))
    #expect(GoToTarget.resolve("iv", in: plan) == .pillar(1))
    #expect(GoToTarget.resolve("JTC-3", in: plan) == .meeting("jtc-3"))
    #expect(GoToTarget.resolve("99", in: plan) == nil)
    #expect(GoToTarget.completions(of: "16", in: plan) == ["16", "16.3", "16.4", "16.3a"])
    #expect(GoToTarget.completions(of: "j", in: plan) == ["jtc-3"])
  }

  @Test func filtersCombineAndSayWhatIsOn() {
    let plan = Self.plan()
    var filter = CommitmentFilter()
    #expect(filter.isEmpty)
    filter.statuses = [.inProgress]
    filter.targetYear = 2023
    let admitted = plan.commitments.filter { filter.admits($0, pillar: 0, overdue: false) }.map(\.id)
    #expect(admitted == ["16.3"])
    filter.confidence = .reported
    #expect(plan.commitments.filter { filter.admits($0, pillar: 0, overdue: false) }.isEmpty)
    filter.confidence = .confirmed
    #expect(plan.commitments.filter { filter.admits($0, pillar: 0, overdue: false) }.map(\.id) == ["16.3"])
    filter.confidence = nil
    filter.overdueOnly = true
    #expect(plan.commitments.filter { filter.admits($0, pillar: 0, overdue: false) }.isEmpty)
    filter.agency = "Ministries of Commerce"
    var meetings = MeetingFilter()
    meetings.types = [.jointTradeCommission]
    meetings.year = 2026
    #expect(plan.meetings.filter(meetings.admits).map(\.id) == ["jtc-3"])
    meetings.year = 2025
    #expect(plan.meetings.filter(meetings.admits).isEmpty)
  }
}
