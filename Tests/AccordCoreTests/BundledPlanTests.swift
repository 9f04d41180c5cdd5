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
    let thirdJTC = try #require(plan.commitment(id: "16.3"))
    #expect(thirdJTC.kind == .deliverable)
    #expect(thirdJTC.target?.description == "2023")
    #expect(thirdJTC.isOverdue(on: Day(year: 2026, month: 11, day: 24)), "no source reports the 3rd JTC")
    #expect(plan.meetings.contains { $0.type == .jointCommission && $0.date == .day(year: 2025, month: 11, day: 26) })
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
