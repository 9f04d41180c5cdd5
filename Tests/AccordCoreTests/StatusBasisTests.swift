import AccordCore
import Foundation
import Testing

/// What each reported status of the bundled plan rests on, pinned in
/// `Fixtures/status-basis.txt`: a status changed, or its evidence changed, without the list
/// being changed with it fails here.
@Suite struct StatusBasisTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.bundled()
  }

  /// A commitment or milestone: its id, its status in the file and its evidence.
  struct Item {
    var id: String
    var status: CommitmentStatus
    var evidence: [Evidence]
  }

  var items: [Item] {
    plan.commitments.flatMap { commitment in
      [Item(id: commitment.id, status: commitment.status, evidence: commitment.evidence)]
        + commitment.milestones.map { Item(id: $0.id, status: $0.status, evidence: $0.evidence) }
    }
  }

  /// The evidence a status rests on: the newest confirmed report that shows it, or, when only
  /// reported ones show it, the newest of those (so the line says `reported`).
  static func basis(of item: Item) -> Evidence? {
    let showing = item.evidence.filter { ($0.status ?? item.status) == item.status }
    return newest(showing.filter { $0.confidence == .confirmed }) ?? newest(showing)
  }

  /// Newest by first day; of two on the same day, the later in the file.
  static func newest(_ evidence: [Evidence]) -> Evidence? {
    evidence.enumerated().max { ($0.element.date.earliestDay, $0.offset) < ($1.element.date.earliestDay, $1.offset) }?.element
  }

  static func publisher(_ source: String) -> String {
    String(source.prefix { $0 != "," })
  }

  static func line(_ item: Item, _ evidence: Evidence) -> String {
    [item.id, item.status.rawValue, evidence.date.description, publisher(evidence.source), evidence.confidence.rawValue]
      .joined(separator: " | ")
  }

  @Test func everyReportedStatusRestsOnTheListedEvidence() throws {
    let expected = try Fixture.text("status-basis.txt").split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    var actual: [String] = []
    for item in items where item.status != .unknown {
      let evidence = try #require(Self.basis(of: item), "\(item.id) is '\(item.status.rawValue)' with no evidence showing it")
      actual.append(Self.line(item, evidence))
    }
    for missing in expected where !actual.contains(missing) {
      Issue.record("listed but not in the data: \(missing)")
    }
    for unlisted in actual where !expected.contains(unlisted) {
      Issue.record("in the data but not listed: \(unlisted)")
    }
  }

  /// The file's status is the status as of its newest evidence, so the file and `--today`
  /// after the last report agree.
  @Test func theFileStatusIsWhatTheNewestEvidenceShows() throws {
    for item in items {
      guard let last = Self.newest(item.evidence) else { continue }
      #expect((last.status ?? item.status) == item.status, "\(item.id): newest evidence (\(last.date)) shows \(last.status?.rawValue ?? "-")")
    }
  }

  @Test func statusesThatRestOnlyOnAggregatorsAreListedAsReported() throws {
    let bridge = try #require(items.first { $0.id == "12.4" })
    #expect(Self.basis(of: bridge)?.confidence == .reported)
    let parliament = try #require(items.first { $0.id == "2.1" })
    #expect(Self.basis(of: parliament)?.confidence == .confirmed, "the 2023 summit is confirmed even though later items are reported")
  }
}
