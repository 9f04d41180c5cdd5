import AccordCore
import Foundation
import Testing

@Suite struct PlanLoaderTests: MinimalPlanEditing {
  let good: String

  init() throws {
    good = try Fixture.text("minimal-plan.yaml")
  }

  /// Line and column (from 1) where `needle` first appears in `text`.
  func position(of needle: String, in text: String, after anchor: String? = nil) -> String {
    var start = text.startIndex
    if let anchor, let found = text.range(of: anchor) { start = found.upperBound }
    let found = text.range(of: needle, range: start..<text.endIndex)!
    let before = text[..<found.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? text.startIndex
    return "\(line):\(text[lineStart..<found.lowerBound].unicodeScalars.count + 1)"
  }

  @Test func loadsAGoodFile() throws {
    let plan = try PlanLoader.load(text: good, file: "plan.yaml")
    #expect(plan.pillars.map(\.name) == ["Political", "Defence and Security"])
    #expect(plan.commitment(id: "2.1")?.target?.description == "2023-2024")
    #expect(plan.commitment(id: "2.1")?.evidence.first?.date == .month(year: 2024, month: 12))
    #expect(plan.commitment(id: "2.1")?.evidence.first?.confidence == .reported)
    #expect(plan.meeting(id: "jc-16")?.date == nil)
    #expect(plan.meeting(id: "jc-15")?.end == Day(year: 2025, month: 11, day: 28))
    #expect(PlanSummary(plan).line == "ok: 2 pillars, 3 sectors, 5 commitments, 7 meetings, 3 with evidence")
  }

  @Test func reportsYAMLSyntaxWithItsPosition() {
    let text = edited("name: Foreign Affairs", "name: [Foreign Affairs")
    let found = problems(text)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("plan.yaml:") == true)
    #expect(found.first?.contains("YAML syntax") == true)
  }

  @Test func reportsTabsInIndentation() {
    let text = edited("    name: Political", "\tname: Political")
    #expect(
      problems(text) == ["plan.yaml:\(position(of: "\tname", in: text)): tab in indentation; YAML indents with spaces"])
  }

  @Test func reportsDuplicateIdsPointingAtTheFirst() {
    let text = edited("- id: \"1.2\"", "- id: \"1.1\"")
    let first = position(of: "\"1.1\"", in: text)
    let second = position(of: "\"1.1\"", in: text, after: "Maintaining")
    #expect(
      problems(text) == [
        "plan.yaml:\(second): duplicate commitment id '1.1' (first defined at line \(first.split(separator: ":")[0]))"
      ])
  }

  @Test func suggestsTheKeyAnUnknownKeyWasMeantToBe() {
    let text = edited("    status: in-progress", "    stauts: in-progress")
    let found = problems(text)
    let at = position(of: "stauts", in: text)
    #expect(
      found.contains { $0.hasPrefix("plan.yaml:\(at): unknown key 'stauts' in a commitment (did you mean 'status'?)") })
    #expect(found.contains { $0.contains("a commitment is missing 'status'") }, "and the missing key is named too")
  }

  @Test func refusesUnknownStatusAndTypeValues() {
    let text = edited("status: in-progress", "status: in-progres").replacingOccurrences(
      of: "type: asean\n    date: 2026-11-10", with: "type: aseen\n    date: 2026-11-10")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "in-progres", in: text)): unknown status 'in-progres' (did you mean 'in-progress'?); expected one of 'done', 'in-progress', 'continuous', 'not-started', 'unknown'",
        "plan.yaml:\(position(of: "in-progres", in: text, after: "- date: 2025\n")): unknown status 'in-progres' (did you mean 'in-progress'?); expected one of 'done', 'in-progress', 'continuous', 'not-started', 'unknown', 'none'",
        "plan.yaml:\(position(of: "aseen", in: text)): unknown type 'aseen' (did you mean 'asean'?); expected one of 'joint-commission', 'joint-trade-commission', 'joint-border-committee', 'working-group', 'sector-meeting', 'visit', 'signing', 'clv', 'asean', 'multilateral', 'anniversary', 'other'",
      ])
  }

  @Test func refusesImpossibleDates() {
    let text = edited("date: 2024-04-23", "date: 2023-02-30")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "2023-02-30", in: text)): 'date' is not a real day: 2023-02-30 (month 2 of 2023 has 28 days, not 30); expected YYYY-MM-DD, YYYY-MM or YYYY"
      ])
  }

  @Test func requiresASourceForEveryMeetingAndEvidenceItem() {
    let text = edited("                source: \"KPL, 2024-12-06\"\n", "").replacingOccurrences(
      of: "    source: \"Viet Nam News\"\n", with: "")
    let found = problems(text)
    #expect(found.count == 2)
    #expect(found[0].hasSuffix("an evidence item is missing 'source'"))
    #expect(found[1].hasSuffix("a meeting is missing 'source'"))
    #expect(found[1].hasPrefix("plan.yaml:\(position(of: "id: asean-49", in: text)):"))
  }

  @Test func refusesACommitmentFiledUnderTheWrongSector() {
    let text = edited("- id: \"2.1\"", "- id: \"3.1\"")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "\"3.1\"", in: text)): commitment '3.1' is listed under sector '2'; its id should start with '2.' (or move it to its sector)"
      ])
  }

  @Test func refusesMeetingsThatPointAtMissingSectorsOrCommitments() {
    let text = edited("commitments: [\"1.2\"]", "commitments: [\"9.9\"]").replacingOccurrences(
      of: "sectors: [all]", with: "sectors: [\"17\"]")
    let found = problems(text)
    #expect(found.count == 2)
    #expect(found.contains { $0.contains("meeting 'jc-15' names sector '17', which the plan does not have") })
    #expect(found.contains { $0.contains("meeting 'jtc-3' names commitment '9.9', which the plan does not have") })
  }

  @Test func aStatusOtherThanUnknownNeedsEvidence() {
    let text = edited("status: unknown\n            text: Organizing", "status: done\n            text: Organizing")
    #expect(problems(text).first?.contains("status 'done' needs evidence") == true)
  }

  @Test func reportsEveryProblemAtOnceInFileOrder() {
    let text = edited("date: 2024-04-23", "date: 2024-04-31")
      .replacingOccurrences(
        of: "kind: continuous\n            status: unknown", with: "kind: continuus\n            status: unknown"
      )
      .replacingOccurrences(of: "type: visit", with: "type: tour")
    let found = problems(text)
    #expect(found.count == 3)
    let lines = found.map { Int($0.split(separator: ":")[1])! }
    #expect(lines == lines.sorted())
  }

  @Test func refusesAListWhereAMappingBelongs() {
    #expect(
      problems("- one\n- two\n") == [
        "plan.yaml:1:1: the plan file should be a mapping of 'format', 'plan', 'pillars', 'bodies', 'meetings'; found a list"
      ])
  }

  @Test func refusesEmptyFiles() {
    #expect(problems("") == ["plan.yaml: is empty; expected a plan (see README, 'Data format')"])
    #expect(problems("\n  \n") == ["plan.yaml: is empty; expected a plan (see README, 'Data format')"])
  }

  @Test func refusesBinaryGarbage() throws {
    var bytes = Data("format: accord".utf8)
    bytes.append(contentsOf: [0x00, 0xFF, 0x13, 0x37])
    let binary = try #require(throws: PlanLoadError.self) { try PlanLoader.load(data: bytes, file: "x.bin") }
    #expect(binary.description == "x.bin: is not a text file (a NUL byte at offset 14)")
    let latin = try #require(throws: PlanLoadError.self) {
      try PlanLoader.load(data: Data([0xC3, 0x28, 0x41]), file: "latin.yaml")
    }
    #expect(latin.description == "latin.yaml: is not UTF-8 text; save it as UTF-8")
  }

  @Test func namesAMissingFile() {
    do {
      _ = try PlanLoader.load(path: "/nonexistent/plan.yaml")
      Issue.record("loaded a file that does not exist")
    } catch {
      #expect(error.description == "/nonexistent/plan.yaml: no such file")
    }
  }

  @Test func aTargetOnAContinuousCommitmentIsAMistake() {
    let text = edited(
      "kind: continuous\n            status: unknown\n            text: Promoting",
      "kind: continuous\n            target: 2025\n            status: unknown\n            text: Promoting")
    #expect(problems(text).first?.contains("a continuous commitment has no target") == true)
  }
}
