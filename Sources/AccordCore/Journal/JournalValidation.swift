/// Checks an update against its plan as the plan file's loader would: every problem, one a line.
public enum JournalValidation {
  /// The problems with the update's status, source and correction (empty means none).
  public static func problems(in update: JournalUpdate) -> [String] {
    fieldProblems(in: update).map(\.message)
  }

  /// The statuses an update of this kind of target may give.
  public static func statuses(for kind: JournalUpdate.TargetKind) -> [String] {
    switch kind {
    case .meeting: JournalUpdate.meetingStatuses
    case .commitment, .milestone: CommitmentStatus.allCases.map(\.rawValue)
    }
  }

  /// The same problems, each with the field it is about.
  public static func fieldProblems(in update: JournalUpdate) -> [JournalEntry.Problem] {
    var problems: [JournalEntry.Problem] = []
    let statuses = statuses(for: update.targetKind)
    if !statuses.contains(update.status) {
      problems.append(
        JournalEntry.Problem(
          .status,
          "'\(update.status)' is not a status; expected one of \(statuses.joined(separator: ", "))"
            + Suggestion.hint(for: update.status, in: statuses)))
    }
    if update.status != "unknown" && update.source.allSatisfy(\.isWhitespace) {
      problems.append(JournalEntry.Problem(.source, "a source is required for status '\(update.status)'"))
    }
    if let corrects = update.corrects, corrects < 1 {
      problems.append(
        JournalEntry.Problem(.corrects, "--corrects takes the number of an update in the journal, not \(corrects)"))
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
