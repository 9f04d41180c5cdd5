import AccordCore
import Foundation
import Testing

/// The bundled plan says no more than its sources: every status rests on the report the
/// audit recorded for it, every source names its publisher (never a file of this repository),
/// and every body the text names is recorded for an official to find their own.
@Suite struct BundledPlanSourcesTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.bundled()
  }

  /// `ID STATUS DATE PUBLISHER`: the newest report a status rests on, and its publisher (the
  /// source up to its first comma). `Fixtures/status-basis.txt` is the audited list.
  func basis() -> [String] {
    var lines: [String] = []
    func add(_ id: String, _ status: CommitmentStatus, _ evidence: [Evidence]) {
      guard status != .unknown, let newest = evidence.newest else { return }
      let publisher = newest.source.split(separator: ",").first.map(String.init) ?? newest.source
      lines.append("\(id) \(status.rawValue) \(newest.date) \(publisher)")
    }
    for commitment in plan.commitments {
      add(commitment.id, commitment.status, commitment.evidence + commitment.milestones.flatMap(\.evidence))
      for milestone in commitment.milestones { add(milestone.id, milestone.status, milestone.evidence) }
    }
    return lines
  }

  @Test func everyStatusRestsOnTheReportTheAuditRecorded() throws {
    let audited = try Fixture.text("status-basis.txt").split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("#") && !$0.isEmpty }
    let found = basis()
    for line in Set(found).subtracting(audited).sorted() { Issue.record("status not in the audited list: \(line)") }
    for line in Set(audited).subtracting(found).sorted() { Issue.record("audited status gone or changed: \(line)") }
  }

  @Test func noSourceNamesAFileOfThisRepository() {
    var sources = plan.meetings.map(\.source)
    for commitment in plan.commitments {
      sources += (commitment.evidence + commitment.milestones.flatMap(\.evidence)).map(\.source)
    }
    for source in sources {
      #expect(!source.contains("seed:") && !source.contains(".txt") && !source.contains("shared/"), "\(source)")
    }
  }

  /// Words that, in the signed text, name a responsible body.
  static let bodies = [
    "Ministr", "Court", "Prosecut", "Bank", "Committee", "Joint Commission", "National Assembl", "legislative bodies",
    "Chamber", "Post", "Telecom", "Securities", "Audit", "authorities", "two armed forces", "central bank",
  ]

  @Test func everyBodyTheTextNamesIsRecorded() {
    for commitment in plan.commitments where Self.bodies.contains(where: commitment.text.contains) {
      #expect(!commitment.agencies.isEmpty, "\(commitment.id) names a body but records no agency")
    }
    #expect(plan.commitments.filter { !$0.agencies.isEmpty }.count >= 60)
  }

  @Test func agenciesUseOneNameForEachBody() {
    let names = Set(plan.commitments.flatMap(\.agencies))
    // One canonical name: no body filed twice under two spellings of one side.
    #expect(!names.contains("Bank of the Lao PDR"))
    #expect(plan.commitments.filter { $0.agencies.contains("Ministries of Foreign Affairs") }.map(\.id) == ["1.1", "1.2", "1.3"])
    #expect(Set(["17.1", "17.3", "17.5"]).isSubset(of: Set(plan.commitments.filter { $0.agencies.contains { $0.hasPrefix("Central banks") } }.map(\.id))))
  }
}
