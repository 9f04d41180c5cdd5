extension Plan {
  /// The plan with each commitment or milestone update added to its target's evidence, dated,
  /// so that `asOf(day)` sees it only from its date on; a meeting update is added to the
  /// meeting's evidence the same way (`asOf` applies its status and date from the day it was
  /// known). A corrected update is left out: its correction stands for it; one the plan file
  /// already holds (from `accord export`) is not added twice.
  public func merging(_ updates: [JournalUpdate]) -> Plan {
    let corrected = Set(updates.compactMap(\.corrects))
    let present = recordedUpdates
    var plan = self
    for update in updates where !corrected.contains(update.id ?? -1) {
      if let key = update.recording.flatMap(Self.key), present.contains(key) { continue }
      plan.apply(update)
    }
    return plan
  }

  /// The journal updates a plan file already holds (one `accord export` wrote), by number and
  /// recording time, so that merging its journal again adds none of them twice.
  private var recordedUpdates: Set<String> {
    let items = commitments.flatMap { commitment in
      commitment.evidence.map(\.recording) + commitment.milestones.flatMap { $0.evidence.map(\.recording) }
    } + meetings.flatMap { $0.evidence.map(\.recording) }
    return Set(items.compactMap { $0.flatMap(Self.key) })
  }

  private static func key(_ recording: Recording) -> String? {
    recording.journalID.map { "\($0) \(recording.recordedAt)" }
  }

  private mutating func apply(_ update: JournalUpdate) {
    switch update.targetKind {
    case .meeting:
      guard let index = meetings.firstIndex(where: { $0.id == update.targetID }),
        let status = MeetingStatus(rawValue: update.status)
      else { return }
      meetings[index].evidence.append(
        MeetingEvidence(
          date: update.date, status: status, summary: update.summary, source: update.source, url: update.url,
          confidence: update.confidence, recording: update.recording))
    case .commitment, .milestone:
      let evidence = Evidence(
        date: update.date, summary: update.summary, source: update.source, url: update.url,
        confidence: update.confidence, status: CommitmentStatus(rawValue: update.status),
        recording: update.recording)
      for p in pillars.indices {
        for s in pillars[p].sectors.indices {
          for c in pillars[p].sectors[s].commitments.indices {
            var commitment = pillars[p].sectors[s].commitments[c]
            if update.targetKind == .commitment, commitment.id == update.targetID {
              Self.add(evidence, to: &commitment.evidence, status: &commitment.status)
            } else if let m = commitment.milestones.firstIndex(where: { $0.id == update.targetID }) {
              var milestone = commitment.milestones[m]
              Self.add(evidence, to: &milestone.evidence, status: &milestone.status)
              commitment.milestones[m] = milestone
            } else { continue }
            pillars[p].sectors[s].commitments[c] = commitment
            return
          }
        }
      }
    }
  }

  /// The file's status is the status as of its newest evidence, so an update no older than
  /// every other report sets it (as `accord export` writes it).
  private static func add(_ evidence: Evidence, to list: inout [Evidence], status: inout CommitmentStatus) {
    if let newStatus = evidence.status, !list.contains(where: { evidence.date < $0.date }) { status = newStatus }
    list.append(evidence)
  }
}
