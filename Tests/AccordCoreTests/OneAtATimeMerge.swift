import AccordCore

/// The merge of earlier versions, kept as the reference `JournalMergeTests` holds the linear one
/// to: each update in turn, its target searched through the plan, its list copied and scanned.
enum OneAtATimeMerge {
  static func merging(_ updates: [JournalUpdate], into plan: Plan) -> Plan {
    let corrected = Set(updates.compactMap(\.corrects))
    let items =
      plan.commitments.flatMap { commitment in
        commitment.evidence.map(\.recording) + commitment.milestones.flatMap { $0.evidence.map(\.recording) }
      } + plan.meetings.flatMap { $0.evidence.map(\.recording) }
    let present = Set(items.compactMap { $0.flatMap(key) })
    var plan = plan
    for update in updates where !corrected.contains(update.id ?? -1) {
      if let key = update.recording.flatMap(key), present.contains(key) { continue }
      apply(update, to: &plan)
    }
    return plan
  }

  private static func key(_ recording: Recording) -> String? {
    recording.journalID.map { "\($0) \(recording.recordedAt)" }
  }

  private static func apply(_ update: JournalUpdate, to plan: inout Plan) {
    switch update.targetKind {
    case .meeting:
      guard let index = plan.meetings.firstIndex(where: { $0.id == update.targetID }),
        let status = MeetingStatus(rawValue: update.status)
      else { return }
      plan.meetings[index].evidence.append(
        MeetingEvidence(
          date: update.date, status: status, summary: update.summary, source: update.source, url: update.url,
          confidence: update.confidence, recording: update.recording))
    case .commitment, .milestone:
      let evidence = Evidence(
        date: update.date, summary: update.summary, source: update.source, url: update.url,
        confidence: update.confidence, status: CommitmentStatus(rawValue: update.status),
        recording: update.recording)
      for p in plan.pillars.indices {
        for s in plan.pillars[p].sectors.indices {
          for c in plan.pillars[p].sectors[s].commitments.indices {
            var commitment = plan.pillars[p].sectors[s].commitments[c]
            if update.targetKind == .commitment, commitment.id == update.targetID {
              add(evidence, to: &commitment.evidence, status: &commitment.status)
            } else if let m = commitment.milestones.firstIndex(where: { $0.id == update.targetID }) {
              var milestone = commitment.milestones[m]
              add(evidence, to: &milestone.evidence, status: &milestone.status)
              commitment.milestones[m] = milestone
            } else {
              continue
            }
            plan.pillars[p].sectors[s].commitments[c] = commitment
            return
          }
        }
      }
    }
  }

  private static func add(_ evidence: Evidence, to list: inout [Evidence], status: inout CommitmentStatus) {
    if let newStatus = evidence.status, !list.contains(where: { evidence.date < $0.date }) { status = newStatus }
    list.append(evidence)
  }
}
