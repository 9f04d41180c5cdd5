/// Where a group of commitments stands on a given day: a sector, a pillar or the whole plan.
public struct ProgressSummary: Equatable, Sendable {
  public private(set) var total = 0
  public private(set) var counts: [CommitmentStatus: Int] = [:]
  public private(set) var deliverables = 0
  public private(set) var deliverablesDone = 0
  /// Deliverables whose target, and commitments one of whose milestones, has passed without a
  /// report that it was done.
  public private(set) var overdue: [String] = []
  /// Milestones: the dated acts of commitments that name several.
  public private(set) var milestones = 0
  public private(set) var milestonesDone = 0
  /// Milestones whose due date has passed without a report that they were done.
  public private(set) var overdueMilestones: [String] = []
  /// Commitments whose status rests only on reported evidence, by status.
  public private(set) var reportedOnlyCounts: [CommitmentStatus: Int] = [:]

  public init<Commitments: Sequence>(_ commitments: Commitments, on today: Day)
  where Commitments.Element == Commitment {
    for commitment in commitments {
      total += 1
      counts[commitment.status, default: 0] += 1
      if commitment.isReportedOnly { reportedOnlyCounts[commitment.status, default: 0] += 1 }
      milestones += commitment.milestones.count
      milestonesDone += commitment.milestones.filter { $0.status == .done }.count
      overdueMilestones += commitment.overdueMilestones(on: today).map(\.id)
      if commitment.isOverdue(on: today) { overdue.append(commitment.id) }
      guard commitment.kind == .deliverable else { continue }
      deliverables += 1
      if commitment.status == .done { deliverablesDone += 1 }
    }
  }

  /// The roll-up of groups already rolled up, in order: a pillar from its sectors, the plan
  /// from its pillars. The same as rolling up all their commitments, without going over them
  /// again.
  public init<Parts: Sequence>(combining parts: Parts) where Parts.Element == ProgressSummary {
    for part in parts {
      total += part.total
      counts.merge(part.counts, uniquingKeysWith: +)
      deliverables += part.deliverables
      deliverablesDone += part.deliverablesDone
      overdue += part.overdue
      milestones += part.milestones
      milestonesDone += part.milestonesDone
      overdueMilestones += part.overdueMilestones
      reportedOnlyCounts.merge(part.reportedOnlyCounts, uniquingKeysWith: +)
    }
  }

  public init(sector: Sector, on today: Day) { self.init(sector.commitments, on: today) }
  public init(pillar: Pillar, on today: Day) { self.init(pillar.commitments, on: today) }
  public init(plan: Plan, on today: Day) { self.init(plan.commitments, on: today) }

  public func count(_ status: CommitmentStatus) -> Int { counts[status, default: 0] }

  /// How many of those with `status` have it only from reported evidence.
  public func reportedOnly(_ status: CommitmentStatus) -> Int { reportedOnlyCounts[status, default: 0] }

  /// Commitments whose status rests only on reported evidence.
  public var reportedOnly: Int { reportedOnlyCounts.values.reduce(0, +) }

  /// Share of deliverables reported done, 0 when there are none.
  public var shareDone: Double {
    deliverables == 0 ? 0 : Double(deliverablesDone) / Double(deliverables)
  }

  /// Commitments with any report at all.
  public var reported: Int { total - count(.unknown) }
}
