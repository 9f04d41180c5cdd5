/// The `f` filters together: what commitments and what meetings the dashboard shows. A plan
/// view built with them holds only what passes, so every list, count and roll-up obeys them.
public struct PlanFilters: Equatable, Sendable {
  public var commitments = CommitmentFilter()
  public var meetings = MeetingFilter()

  public init() {}

  public var isEmpty: Bool { commitments.isEmpty && meetings.isEmpty }

}

extension Plan {
  /// The plan with only the commitments and meetings the filters admit; sectors and pillars
  /// stay, perhaps empty, so places and numbering do not move. `today` decides what is overdue.
  public func filtered(by filters: PlanFilters, today: Day) -> Plan {
    guard !filters.isEmpty else { return self }
    var plan = self
    for p in plan.pillars.indices {
      for s in plan.pillars[p].sectors.indices {
        plan.pillars[p].sectors[s].commitments.removeAll { commitment in
          !filters.commitments.admits(commitment, pillar: p, overdue: commitment.isOverdue(on: today))
        }
      }
    }
    plan.meetings.removeAll { !filters.meetings.admits($0) }
    return plan
  }
}
