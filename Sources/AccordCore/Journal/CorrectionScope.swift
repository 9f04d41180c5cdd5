/// Which updates an update may correct: those of its own target and, for a commitment, those
/// of its milestones. A correction hides the update it corrects from every screen and export,
/// so one that named another target's update would take that target's report away while
/// claiming to fix this one.
public struct CorrectionScope: Sendable, Equatable, Codable {
  /// Each commitment's milestones, by id.
  private let milestones: [String: Set<String>]

  public init(plan: Plan) {
    var milestones: [String: Set<String>] = [:]
    for commitment in plan.commitments where !commitment.milestones.isEmpty {
      milestones[commitment.id, default: []].formUnion(commitment.milestones.map(\.id))
    }
    self.milestones = milestones
  }

  /// Knowing no plan: an update corrects only updates of its very target.
  public static let sameTarget = CorrectionScope(milestones: [:])

  private init(milestones: [String: Set<String>]) { self.milestones = milestones }

  /// Whether `update` may correct an update about `kind` `id`.
  public func admits(_ update: JournalUpdate, correcting kind: JournalUpdate.TargetKind, _ id: String) -> Bool {
    if kind == update.targetKind && id == update.targetID { return true }
    return update.targetKind == .commitment && kind == .milestone && milestones[update.targetID]?.contains(id) == true
  }

  /// Why `update` may not correct update `number`, about `kind` `id` (text from the journal:
  /// sanitised where it is printed).
  public static func refusal(
    _ update: JournalUpdate, correcting number: Int, about kind: JournalUpdate.TargetKind, _ id: String
  )
    -> JournalError
  {
    .refused(
      .otherTarget(
        update: number, kind: kind, id: id, target: update.targetID, withMilestones: update.targetKind == .commitment))
  }
}
