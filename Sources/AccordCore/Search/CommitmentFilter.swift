/// The `f` filters of commitment lists, combinable: every condition set must hold. The line
/// under the header says which are on (`summary` in AccordText), and the pane counts obey them too.
public struct CommitmentFilter: Equatable, Sendable {
  /// Any of these statuses; empty means any status.
  public var statuses: Set<CommitmentStatus> = []
  public var overdueOnly = false
  public var kind: Commitment.Kind?
  public var agency: String?
  /// A target or milestone due in this year.
  public var targetYear: Int?
  /// A pillar, by its index in the plan.
  public var pillar: Int?
  /// How sure the status is (as `Plan.asOf` found it): `reported` keeps those resting only on
  /// reported evidence.
  public var confidence: Confidence?

  public init() {}

  public var isEmpty: Bool { self == CommitmentFilter() }

  /// Whether a commitment passes, given its pillar's index and whether it is overdue today.
  public func admits(_ commitment: Commitment, pillar index: Int, overdue: Bool) -> Bool {
    if !statuses.isEmpty && !statuses.contains(commitment.status) { return false }
    if overdueOnly && !overdue { return false }
    if let kind, commitment.kind != kind { return false }
    if let agency, !commitment.carriers.contains(agency) { return false }
    if let pillar, pillar != index { return false }
    if let targetYear, !Self.dueYears(of: commitment).contains(targetYear) { return false }
    if let confidence, commitment.status == .unknown || commitment.statusConfidence != confidence { return false }
    return true
  }

  /// The years its target or its milestones' due dates fall in.
  static func dueYears(of commitment: Commitment) -> Set<Int> {
    let targets = [commitment.target].compactMap { $0 } + commitment.milestones.compactMap(\.due.target)
    return Set(targets.flatMap { Array($0.start.year...max($0.start.year, $0.end.year)) })
  }
}

/// The `f` filters of the timeline: meeting type, status and year.
public struct MeetingFilter: Equatable, Sendable {
  public var types: Set<MeetingType> = []
  public var statuses: Set<MeetingStatus> = []
  public var year: Int?

  public init() {}

  public var isEmpty: Bool { self == MeetingFilter() }

  public func admits(_ meeting: Meeting) -> Bool {
    if !types.isEmpty && !types.contains(meeting.type) { return false }
    if !statuses.isEmpty && !statuses.contains(meeting.status) { return false }
    if let year, meeting.date?.year != year { return false }
    return true
  }
}
