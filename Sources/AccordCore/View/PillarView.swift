/// One pillar as seen on one day: its roll-up and its sectors', its overdue deliverables, and
/// the reports known by then. Part of `PlanView`, computed once with it.
public struct PillarView: Sendable {
  public let pillar: Pillar
  public let progress: ProgressSummary
  /// Each sector's roll-up, by the sector's index in `pillar.sectors`.
  public let sectorProgress: [ProgressSummary]
  /// The pillar's deliverables past their target, in the plan's order.
  public let overdue: [Commitment]
  /// Sectors with overdue deliverables (indexes into `pillar.sectors`), most first, the plan's
  /// order breaking ties.
  public let sectorsByOverdue: [Int]
  /// The pillar's evidence known by `today`, newest first, the plan's order breaking ties.
  public let latestReports: [EvidenceReport]

  public init(pillar: Pillar, today: Day) {
    self.pillar = pillar
    let sectors = pillar.sectors.map { ProgressSummary(sector: $0, on: today) }
    sectorProgress = sectors
    progress = ProgressSummary(combining: sectors)
    overdue = pillar.sectors.flatMap { $0.commitments.filter { $0.isOverdue(on: today) } }
    sectorsByOverdue = sectors.indices
      .filter { !sectors[$0].overdue.isEmpty }
      .sorted { a, b in
        let (x, y) = (sectors[a].overdue.count, sectors[b].overdue.count)
        return x != y ? x > y : a < b
      }
    latestReports = EvidenceReport.latest(in: pillar.commitments, on: today)
  }
}

/// One evidence item with the commitment it is about.
public struct EvidenceReport: Equatable, Sendable {
  public let date: PlanDate
  public let commitment: String
  public let summary: String
  public let confidence: Confidence

  /// The evidence of `commitments` known by `today`, newest first, their order breaking ties.
  /// A date known only to the month or year counts once all of it has passed, so a briefing on
  /// a past day never shows a report that may be later.
  public static func latest(in commitments: [Commitment], on today: Day) -> [EvidenceReport] {
    var found: [EvidenceReport] = []
    // Sorted by the days each date spans, worked out once: they order dates as `PlanDate` does.
    var keys: [(first: Int, last: Int, index: Int)] = []
    for commitment in commitments {
      for evidence in commitment.evidence where evidence.date.latestDay <= today {
        keys.append((evidence.date.earliestDay.ordinal, evidence.date.latestDay.ordinal, found.count))
        found.append(
          EvidenceReport(
            date: evidence.date, commitment: commitment.id, summary: evidence.summary, confidence: evidence.confidence))
      }
    }
    keys.sort { a, b in a.first != b.first ? a.first > b.first : a.last != b.last ? a.last > b.last : a.index < b.index
    }
    return keys.map { found[$0.index] }
  }
}
