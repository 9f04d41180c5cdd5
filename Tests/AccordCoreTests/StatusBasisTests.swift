import AccordCore
import Foundation
import Testing

/// What each reported status of the bundled plan rests on, and the day each meeting became
/// known, pinned in `Fixtures/status-basis.txt` and `Fixtures/meeting-known-from.txt`: a
/// status, its evidence or a meeting's sources changed without the list being changed with it
/// fails here.
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
    var hasMilestones = false
  }

  var items: [Item] {
    plan.commitments.flatMap { commitment in
      [
        Item(
          id: commitment.id, status: commitment.status, evidence: commitment.evidence,
          hasMilestones: !commitment.milestones.isEmpty)
      ]
        + commitment.milestones.map { Item(id: $0.id, status: $0.status, evidence: $0.evidence) }
    }
  }

  /// The evidence a status rests on: the newest confirmed report that supports it, or, when
  /// only reported ones do, the newest of those (so the line says `reported`).
  static func basis(of item: Item) -> Evidence? {
    let showing = item.evidence.filter { $0.status == item.status }
    return newest(showing.filter { $0.confidence == .confirmed }) ?? newest(showing)
  }

  /// Newest by first day; of two on the same day, the later in the file.
  static func newest(_ evidence: [Evidence]) -> Evidence? {
    evidence.enumerated().max { ($0.element.date.earliestDay, $0.offset) < ($1.element.date.earliestDay, $1.offset) }?
      .element
  }

  static func publisher(_ source: String) -> String {
    String(source.prefix { $0 != "," })
  }

  static func line(_ item: Item, _ evidence: Evidence) -> String {
    [
      item.id, item.status.rawValue, evidence.date.description, publisher(evidence.source),
      evidence.confidence.rawValue,
    ]
    .joined(separator: " | ")
  }

  static func listed(_ fixture: String) throws -> [String] {
    try Fixture.text(fixture).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
  }

  static func compare(_ actual: [String], with expected: [String]) {
    for missing in expected where !actual.contains(missing) {
      Issue.record("listed but not in the data: \(missing)")
    }
    for unlisted in actual where !expected.contains(unlisted) {
      Issue.record("in the data but not listed: \(unlisted)")
    }
  }

  @Test func everyReportedStatusRestsOnTheListedEvidence() throws {
    var actual: [String] = []
    for item in items where item.status != .unknown {
      let evidence = try #require(
        Self.basis(of: item), "\(item.id) is '\(item.status.rawValue)' with no evidence supporting it")
      actual.append(Self.line(item, evidence))
    }
    Self.compare(actual, with: try Self.listed("status-basis.txt"))
  }

  /// The file's status is the one its newest evidence that supports a status shows, and the
  /// plan seen after its last report shows the file's status: the file never has a final word
  /// of its own.
  @Test func theFileStatusIsWhatTheNewestSupportingEvidenceShows() throws {
    let afterEverything = plan.asOf(Day(year: 2100, month: 1, day: 1))
    for item in items where !item.hasMilestones {
      let supporting = item.evidence.filter { $0.status != nil }
      if item.status != .unknown {
        let last = try #require(
          Self.newest(supporting), "\(item.id) is '\(item.status.rawValue)' with no evidence supporting a status")
        #expect(
          last.status == item.status,
          "\(item.id): newest supporting evidence (\(last.date)) shows \(last.status?.rawValue ?? "-")")
      }
      let seen =
        afterEverything.commitment(id: item.id)?.status
        ?? afterEverything.commitments.flatMap(\.milestones).first { $0.id == item.id }?.status
      #expect(
        seen == item.status,
        "\(item.id): the file says '\(item.status.rawValue)', its evidence '\(seen?.rawValue ?? "-")'")
    }
  }

  @Test func statusesThatRestOnlyOnAggregatorsAreListedAsReported() throws {
    let bridge = try #require(items.first { $0.id == "12.4" })
    #expect(Self.basis(of: bridge)?.confidence == .reported)
    let parliament = try #require(items.first { $0.id == "2.1" })
    #expect(
      Self.basis(of: parliament)?.confidence == .confirmed,
      "the 2023 summit is confirmed even though later items are reported")
  }

  /// `id | the first day it is known | what makes it known`.
  static func knownLine(_ meeting: Meeting) -> String {
    let how =
      if let announced = meeting.announced, announced.date.latestDay == meeting.knownFrom {
        "announced \(announced.date) by \(publisher(announced.source))"
      } else if meeting.evidence.contains(where: { $0.knownFrom == meeting.knownFrom }) {
        "a report in its evidence"
      } else if let published = meeting.published {
        "its source, published \(published)"
      } else if meeting.knownFrom != nil {
        "reported held, its last day"
      } else {
        "no source gives a day"
      }
    return [meeting.id, meeting.knownFrom.map { "\($0)" } ?? "always", how].joined(separator: " | ")
  }

  @Test func everyMeetingIsKnownFromTheListedDay() throws {
    Self.compare(plan.meetings.map(Self.knownLine), with: try Self.listed("meeting-known-from.txt"))
  }
}
