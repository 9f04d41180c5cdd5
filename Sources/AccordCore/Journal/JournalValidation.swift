/// Checks an update against its plan as the plan file's loader would: every problem, one a line.
public enum JournalValidation {
  /// The problems with the update's status, source and correction (empty means none).
  public static func problems(in update: JournalUpdate) -> [String] {
    var problems: [String] = []
    let statuses: [String]
    switch update.targetKind {
    case .meeting: statuses = JournalUpdate.meetingStatuses
    case .commitment, .milestone: statuses = CommitmentStatus.allCases.map(\.rawValue)
    }
    if !statuses.contains(update.status) {
      problems.append(
        "'\(update.status)' is not a status; expected one of \(statuses.joined(separator: ", "))"
          + Suggestion.hint(for: update.status, in: statuses))
    }
    if update.status != "unknown" && update.source.allSatisfy(\.isWhitespace) {
      problems.append("a source is required for status '\(update.status)' (--source)")
    }
    if let corrects = update.corrects, corrects < 1 {
      problems.append("--corrects takes the number of an update in the journal, not \(corrects)")
    }
    return problems
  }

  /// The kind of target `id` names in `plan`, or a message with a did-you-mean.
  public static func targetKind(of id: String, in plan: Plan) -> Result<JournalUpdate.TargetKind, JournalError> {
    let commitments = plan.commitments.map(\.id)
    let milestones = plan.commitments.flatMap { $0.milestones.map(\.id) }
    let meetings = plan.meetings.map(\.id)
    if commitments.contains(id) { return .success(.commitment) }
    if milestones.contains(id) { return .success(.milestone) }
    if meetings.contains(id) { return .success(.meeting) }
    let hint = Suggestion.hint(for: id, in: commitments + milestones + meetings)
    return .failure(JournalError("'\(id)' is not a commitment, milestone or meeting of this plan\(hint)"))
  }
}
