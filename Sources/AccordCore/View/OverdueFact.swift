/// A deliverable or a milestone past its due date without a report that it was done.
public struct OverdueFact: Sendable, Equatable {
  /// The milestone's id, or the commitment's when it is overdue against its own target.
  public let id: String
  /// The commitment it belongs to (itself for a deliverable).
  public let commitmentID: String
  /// The commitment's text, or the milestone's act.
  public let what: String
  /// The due date as the plan file gives it: `2024`, `2023-2024 or agreed`.
  public let due: String
  public let daysOverdue: Int
  public let status: CommitmentStatus

  /// A commitment with overdue milestones is overdue through them, each on its own; else
  /// against its own target. Every commitment `isOverdue` has at least one.
  static func items(of commitment: Commitment, on today: Day) -> [OverdueFact] {
    let milestones = commitment.overdueMilestones(on: today)
    guard !milestones.isEmpty else {
      guard let target = commitment.overdueTarget(on: today) else { return [] }
      return [
        OverdueFact(
          id: commitment.id, commitmentID: commitment.id, what: commitment.text, due: "\(target)",
          daysOverdue: target.deadline.days(until: today), status: commitment.status)
      ]
    }
    return milestones.compactMap { milestone in
      milestone.due.target.map {
        OverdueFact(
          id: milestone.id, commitmentID: commitment.id, what: milestone.what, due: milestone.due.description,
          daysOverdue: $0.deadline.days(until: today), status: milestone.status)
      }
    }
  }
}
