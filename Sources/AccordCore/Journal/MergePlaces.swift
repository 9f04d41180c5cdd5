/// Where a journal update lands in a plan: a commitment, a milestone or a meeting, by its
/// indexes, so that merging goes straight to its target instead of searching the plan for it.
enum MergePlace: Hashable, Sendable {
  case commitment(pillar: Int, sector: Int, commitment: Int)
  case milestone(pillar: Int, sector: Int, commitment: Int, milestone: Int)
  case meeting(Int)

  /// The index of the pillar it is in; nil for a meeting.
  var pillar: Int? {
    switch self {
    case .commitment(let p, _, _), .milestone(let p, _, _, _): p
    case .meeting: nil
    }
  }
}

/// The targets of a plan file by id, found once per plan file, and the journal updates the file
/// already holds (one `accord export` wrote), by number and recording time, so that merging its
/// journal again adds none of them twice.
struct MergePlaces: Sendable {
  private var commitments: [String: MergePlace] = [:]
  private var milestones: [String: MergePlace] = [:]
  private var meetings: [String: MergePlace] = [:]
  /// The milestone each meeting that `fulfils` one is, by the meeting's place.
  private var fulfilled: [MergePlace: MergePlace] = [:]
  private var recorded = Set<String>()

  /// Ids repeat only in an invalid plan; then the first wins, as a search through the plan would.
  init(_ plan: Plan) {
    for (p, pillar) in plan.pillars.enumerated() {
      for (s, sector) in pillar.sectors.enumerated() {
        for (c, commitment) in sector.commitments.enumerated() {
          if commitments[commitment.id] == nil {
            commitments[commitment.id] = .commitment(pillar: p, sector: s, commitment: c)
          }
          remember(commitment.evidence.map(\.recording))
          for (m, milestone) in commitment.milestones.enumerated() {
            if milestones[milestone.id] == nil {
              milestones[milestone.id] = .milestone(pillar: p, sector: s, commitment: c, milestone: m)
            }
            remember(milestone.evidence.map(\.recording))
          }
        }
      }
    }
    for (m, meeting) in plan.meetings.enumerated() {
      if meetings[meeting.id] == nil { meetings[meeting.id] = .meeting(m) }
      if let milestone = meeting.fulfils.flatMap({ milestones[$0] }) { fulfilled[.meeting(m)] = milestone }
      remember(meeting.evidence.map(\.recording))
    }
  }

  /// The milestone a meeting's news may complete (`fulfils`): it is seen anew with the meeting.
  func milestone(fulfilledBy meeting: MergePlace) -> MergePlace? { fulfilled[meeting] }

  /// Where `update` goes; nil when the plan lacks its target, when a meeting update's status is
  /// not a meeting's, or when the plan file holds it already.
  func place(of update: JournalUpdate) -> MergePlace? {
    // The key is made only when the file holds recorded updates: most plan files hold none.
    if !recorded.isEmpty, let key = update.recording.flatMap(Self.key), recorded.contains(key) { return nil }
    switch update.targetKind {
    case .meeting: return MeetingStatus(rawValue: update.status) == nil ? nil : meetings[update.targetID]
    // A commitment update naming a milestone's id lands on the milestone, as it always has.
    case .commitment: return commitments[update.targetID] ?? milestones[update.targetID]
    case .milestone: return milestones[update.targetID]
    }
  }

  private mutating func remember(_ recordings: [Recording?]) {
    for case let key? in recordings.map({ $0.flatMap(Self.key) }) { recorded.insert(key) }
  }

  private static func key(_ recording: Recording) -> String? {
    recording.journalID.map { "\($0) \(recording.recordedAt)" }
  }
}
