/// Checks an update against its plan as the plan file's loader would: every problem, one a line.
public enum JournalValidation {
  /// The statuses an update of this kind of target may give.
  public static func statuses(for kind: JournalUpdate.TargetKind) -> [String] {
    switch kind {
    case .meeting: JournalUpdate.meetingStatuses
    case .commitment, .milestone: CommitmentStatus.allCases.map(\.rawValue)
    }
  }

  /// The problems with the update's status, source and correction (empty means none).
  public static func fieldProblems(in update: JournalUpdate) -> [JournalEntry.Problem] {
    var problems: [JournalEntry.Problem] = []
    let statuses = statuses(for: update.targetKind)
    if !statuses.contains(update.status) {
      problems.append(
        .notAStatus(update.status, expected: statuses, suggestion: Suggestion.closest(to: update.status, in: statuses)))
    }
    if update.status != "unknown" && update.source.allSatisfy(\.isWhitespace) {
      problems.append(.sourceRequired(status: update.status))
    }
    if let corrects = update.corrects, corrects < 1 {
      problems.append(.notAnUpdateNumber(corrects))
    }
    return problems
  }

  /// The kind of target `id` names in `plan`, or the problem with the closest id.
  public static func targetKind(of id: String, in plan: Plan) -> Result<JournalUpdate.TargetKind, JournalEntry.Problem>
  {
    let commitments = plan.commitments.map(\.id)
    let milestones = plan.commitments.flatMap { $0.milestones.map(\.id) }
    let meetings = plan.meetings.map(\.id)
    if commitments.contains(id) { return .success(.commitment) }
    if milestones.contains(id) { return .success(.milestone) }
    if meetings.contains(id) { return .success(.meeting) }
    return .failure(.unknownTarget(id, suggestion: Suggestion.closest(to: id, in: commitments + milestones + meetings)))
  }
}
