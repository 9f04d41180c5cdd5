import AccordCore
import Foundation
import Testing

@Suite struct BundledPlanTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.bundled()
  }

  @Test func holdsTheWholePlan() {
    #expect(plan.pillars.map(\.name) == ["Political", "Defence and Security", "Economic and Technical", "Socio-Cultural", "Multilateral"])
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
    let jtc = try #require(plan.commitment(id: "16.3"))
    #expect(jtc.kind == .deliverable)
    #expect(jtc.milestones.map(\.due.description) == ["2023 or agreed", "2024", "2025", "2026", "2027"])
    let today = Day(year: 2026, month: 11, day: 24)
    #expect(jtc.milestones[0].dueState(on: today) == .datePassedAgreedDateAllowed, "the 3rd JTC may come on an agreed date")
    #expect(jtc.overdueMilestones(on: today).map(\.id) == ["16.3b", "16.3c"], "no source reports an annual JTC")
    let prosecutors = try #require(plan.commitment(id: "8.4"))
    #expect(prosecutors.overdueMilestones(on: Day(year: 2024, month: 1, day: 1)).map(\.id) == ["8.4a"])
    #expect(plan.commitment(id: "3.2")?.target == nil, "2023-2027 is how long the MoU would run, not a deadline")
    #expect(plan.meetings.contains { $0.type == .jointCommission && $0.date == .day(year: 2025, month: 11, day: 26) })
  }

  @Test func theAuditsCorrectionsHold() throws {
    let summit = try #require(plan.meeting(id: "clv-parliament-1"))
    #expect(summit.date == .day(year: 2023, month: 12, day: 5))
    #expect(plan.meeting(id: "asean-49")?.status == .notReported)
    #expect(plan.meeting(id: "jc-14")?.confidence == .reported)
    #expect(plan.meeting(id: "jc-16")?.status == .expected)
    #expect(plan.meeting(id: "jc-16")?.source.contains("item 1.4") == false)
    #expect(plan.meeting(id: "vn-la-party-2024-02")?.isContext == true)
    for id in ["11.2", "21.1", "23.1", "a.1"] { #expect(plan.commitment(id: id)?.status == .unknown, "\(id)") }
    let seen = plan.asOf(Day(year: 2026, month: 11, day: 25))
    #expect(seen.commitment(id: "12.4")?.statusConfidence == .reported)
    #expect(seen.commitment(id: "22.8")?.statusConfidence == .reported)
  }

  @Test func weakSourcesAreMarkedAsOnlyReported() throws {
    let bridgeGroup = try #require(plan.meetings.first { $0.title.contains("Selampao") || $0.title.contains("Tonle Ropov") })
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
