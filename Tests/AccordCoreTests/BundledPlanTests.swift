import AccordCore
import Foundation
import Testing

@Suite struct BundledPlanTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.bundled()
  }

  @Test func holdsTheWholePlan() {
    #expect(
      plan.pillars.map(\.name) == [
        "Political", "Defense and Security Cooperation", "Economic and Technical", "Socio-Cultural", "Multilateral",
      ])
    #expect(plan.sectors.count == 29)
    #expect(plan.sectors.map(\.id) == (1...26).map(String.init) + ["a", "b", "c"])
    #expect(plan.commitments.count == 140)
    #expect(plan.info.signed == Day(year: 2023, month: 2, day: 13))
    #expect(plan.info.periodEnd == Day(year: 2027, month: 12, day: 31))
    #expect(plan.info.validUntil == Day(year: 2028, month: 2, day: 13))
  }

  /// Every bullet of the signed text, in order, is a commitment of the right sector, word for
  /// word: only page-break debris is mended (stray page numbers dropped, a bullet continued
  /// after a page break joined with one space, `<sup>` markup removed).
  @Test func everyCommitmentIsTheSignedTextWordForWord() throws {
    let seed = try SignedText(markdown: Fixture.text("action-plan-seed.md"))
    let data = plan.sectors.map { sector in (sector.id, sector.commitments.map(\.text)) }
    #expect(seed.sectors.count == 29)
    for ((seedId, seedTexts), (dataId, dataTexts)) in zip(seed.sectors, data) {
      #expect(seedId == dataId)
      #expect(seedTexts.count == dataTexts.count, "sector \(seedId)")
      for (index, (expected, actual)) in zip(seedTexts, dataTexts).enumerated() where expected != actual {
        Issue.record("\(seedId).\(index + 1) differs:\n  signed: \(expected)\n  data:   \(actual)")
      }
    }
  }

  @Test func idsFollowTheDocumentsNumbering() {
    for sector in plan.sectors {
      #expect(sector.commitments.map(\.id) == sector.commitments.indices.map { "\(sector.id).\($0 + 1)" })
    }
  }

  @Test func everyReportedStatusHasSourcedEvidence() {
    for commitment in plan.commitments where commitment.status != .unknown {
      #expect(!commitment.evidence.isEmpty, "\(commitment.id)")
      #expect(commitment.evidence.allSatisfy { !$0.source.isEmpty && !$0.summary.isEmpty })
    }
  }

  @Test func keepsTheSourcedFactsTheBriefingsRelyOn() throws {
    let doubleTaxation = try #require(plan.commitment(id: "17.6"))
    #expect(doubleTaxation.status == .done)
    #expect(doubleTaxation.evidence.contains { $0.date.year == 2024 && $0.source.contains("KPL") })
    #expect(plan.meetings.contains { $0.type == .jointCommission && $0.date == .day(year: 2025, month: 11, day: 26) })
  }

  /// Where the text names several dated acts, each is a milestone with its own due date, in the
  /// text's words; a recurring act is one milestone per year.
  @Test func dueDatesAreTheTextsOwn() throws {
    func dues(_ id: String) throws -> [String] {
      let commitment = try #require(plan.commitment(id: id))
      #expect(commitment.target == nil, "\(id) has milestones, so no target of its own")
      for milestone in commitment.milestones {
        #expect(
          commitment.text.contains(milestone.what.components(separatedBy: ",").first ?? milestone.what),
          "\(milestone.id)")
      }
      return commitment.milestones.map(\.due.description)
    }
    #expect(try dues("8.4") == ["2023", "2024", "agreed"])
    #expect(try dues("8.9") == ["2024", "agreed"])
    #expect(try dues("16.3") == ["2023 or agreed", "2024", "2025", "2026", "2027"])
    #expect(try dues("17.7") == ["2023", "2023", "2024"])
    let antiCorruption = try #require(plan.commitment(id: "3.2"))
    #expect(antiCorruption.target == nil, "2023-2027 is how long the MoU would run, not a signing deadline")
    // Each milestone is overdue on its own date; "2023 or agreed" never plainly.
    let today = Day(year: 2026, month: 11, day: 24)
    let jtc = try #require(plan.asOf(today).commitment(id: "16.3"))
    #expect(jtc.milestones[0].dueState(on: today) == .datePassedAgreedDateAllowed)
    #expect(jtc.overdueMilestones(on: today).map(\.id) == ["16.3b", "16.3c"], "no source reports an annual JTC")
    let prosecutors = try #require(plan.asOf(Day(year: 2024, month: 1, day: 1)).commitment(id: "8.4"))
    #expect(prosecutors.overdueMilestones(on: Day(year: 2024, month: 1, day: 1)).map(\.id) == ["8.4a"])
    #expect(plan.asOf(today).commitment(id: "12.4")?.statusConfidence == .reported, "one aggregator item")
  }

  /// The corrections of the November 2026 audit, each as its source has it.
  @Test func meetingsAreDatedAndStatedAsTheirSourcesHaveThem() throws {
    let summit = try #require(plan.meeting(id: "clv-parliament-1"))
    #expect(summit.date == .day(year: 2023, month: 12, day: 5))
    #expect(summit.end == Day(year: 2023, month: 12, day: 6))
    #expect(
      try #require(plan.commitment(id: "2.1")).evidence.contains { $0.date == .day(year: 2023, month: 12, day: 5) })
    #expect(plan.meeting(id: "asean-49")?.status == .notReported)
    #expect(plan.meeting(id: "jc-14")?.status == .notReported, "an announcement, not a report that it was held")
    let nextJC = try #require(plan.meeting(id: "jc-16"))
    #expect(nextJC.status == .expected && nextJC.date == nil)
    #expect(!nextJC.source.contains("item 1.4"))
    #expect(plan.meeting(id: "vn-la-party-2024-02")?.isContext == true)
    let sonexay = try #require(plan.meeting(id: "visit-2024-12-sonexay")?.note)
    #expect(sonexay.contains("Hun Manet") && sonexay.contains("Sihamoni"), "both conflicting sources are given")
    for id in ["11.2", "21.1", "22.3", "22.4", "23.1", "a.1"] {
      #expect(plan.commitment(id: id)?.status == .unknown, "\(id): no evidence bears on its own text")
    }
  }

  /// The corrections of the December 2026 audit (data-audit-2), each as its source has it.
  @Test func theSecondAuditIsApplied() throws {
    let group = try #require(plan.commitment(id: "22.8"))
    #expect(
      group.status == .done && group.evidence.map(\.source) == ["Action Plan 2023-2027, item 22.3 (signed 2023-02-13)"])
    let jtc2 = try #require(plan.meeting(id: "jtc-2"))
    #expect(jtc2.note?.contains("already schedules the third") == true, "the conflict is stated")
    #expect(jtc2.knownFrom == Day(year: 2026, month: 11, day: 30), "known only from its source")
    #expect(plan.meeting(id: "inspection-2024-09")?.commitments == ["3.3"], "no MoU talks reported at it")
    for id in ["bridge-wg-2025-01", "flights-2024-03", "border-treaty-cabinet-2023-03", "border-treaty-senate-2023-04"]
    {
      #expect(plan.meeting(id: id)?.date?.isExactDay == false, "\(id): an inferred year keeps the month only")
    }
    let stateVisit = try #require(plan.meeting(id: "visit-2025-state-laos"))
    #expect(stateVisit.date == .year(2025) && stateVisit.status == .notReported)
    #expect(stateVisit.knownFrom == Day(year: 2024, month: 12, day: 6))
    #expect(!plan.sectors.flatMap(\.commitments).flatMap(\.evidence).contains { $0.source == "Xinhua, April 2024" })
    #expect(plan.meeting(id: "clv-party-2023-09")?.ledBy?.lao?.contains("Thongloun") == true)
    #expect(plan.meeting(id: "visit-2024-12-sonexay")?.ledBy?.cambodia?.contains("Hun Manet") == true)
  }

  /// Meetings the plan schedules without a year carry none: shown as "date not set".
  @Test func theScheduledMeetingsKeepTheTextsPrecision() {
    let drugMeetings = plan.meetings.filter { $0.commitments == ["6.2"] }
    #expect(drugMeetings.count == 10, "once a year at provincial and at district level, 2023-2027")
    #expect(Set(drugMeetings.compactMap { $0.date?.description }) == ["2023", "2024", "2025", "2026", "2027"])
    for id in [
      "supreme-courts-clv-4", "judicial-conference-clv", "business-forum-chambers", "action-plan-consultations",
    ] {
      #expect(plan.meeting(id: id)?.date == nil, "\(id)")
      #expect(plan.meeting(id: id)?.status == .expected, "\(id)")
    }
  }

  @Test func weakSourcesAreMarkedAsOnlyReported() throws {
    let bridgeGroup = try #require(
      plan.meetings.first { $0.title.contains("Selampao") || $0.title.contains("Tonle Ropov") })
    #expect(bridgeGroup.confidence == .reported)
    let secondJTC = try #require(plan.meetings.first { $0.type == .jointTradeCommission && $0.date == nil })
    #expect(secondJTC.confidence == .reported)
  }
}

/// The signed plan's bullets by sector, read from its Markdown transcription.
struct SignedText {
  var sectors: [(String, [String])] = []

  init(markdown: String) {
    let heading = /^#*\s*\*\*([0-9]+|[a-c])\. (.+?)\*\*\s*$/
    for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(rawLine).replacingOccurrences(of: "<sup>th</sup>", with: "th")
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.contains("B. Implementation Mechanism") { break }
      if let match = line.firstMatch(of: heading) {
        // The first pillar's heading is numbered like a sector ("1. Political Cooperation"):
        // a heading with no bullets under it is not a sector.
        if sectors.last?.1.isEmpty == true { sectors.removeLast() }
        sectors.append((String(match.1), []))
        continue
      }
      guard !sectors.isEmpty, !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("**"),
        !trimmed.allSatisfy(\.isNumber)
      else { continue }
      if line.hasPrefix("- ") {
        sectors[sectors.count - 1].1.append(String(line.dropFirst(2)))
      } else if let last = sectors[sectors.count - 1].1.last, !last.hasSuffix(".") {
        // A bullet cut by a page break goes on in the next paragraph.
        sectors[sectors.count - 1].1[sectors[sectors.count - 1].1.count - 1] = last + " " + trimmed
      }
    }
  }
}
