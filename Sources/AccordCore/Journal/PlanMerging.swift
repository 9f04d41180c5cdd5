extension JournalUpdate {
  /// The update as the plan file's evidence: dated, sourced, with its status and recording.
  public var evidence: Evidence? {
    guard case .commitment(let status) = status else { return nil }
    return Evidence(
      date: date, summary: note, source: source ?? "", url: url,
      confidence: confidence, status: status, recording: recording)
  }
}

extension Plan {
  /// The plan with the journal's updates added as evidence of their targets, so that the
  /// status on a day follows from the file's evidence and the journal's alike.
  /// A meeting takes the newest update's status, date and source. Updates naming ids the plan
  /// does not have are left out (validation refuses them when they are recorded).
  public func merging(_ updates: [JournalUpdate]) -> Plan {
    var plan = self
    let evidenceByTarget = Dictionary(grouping: updates.compactMap { update in
      update.evidence.map { (update.target.id, $0) }
    }, by: \.0).mapValues { $0.map(\.1) }
    for p in plan.pillars.indices {
      for s in plan.pillars[p].sectors.indices {
        for c in plan.pillars[p].sectors[s].commitments.indices {
          var commitment = plan.pillars[p].sectors[s].commitments[c]
          commitment.evidence += evidenceByTarget[commitment.id] ?? []
          for m in commitment.milestones.indices {
            commitment.milestones[m].evidence += evidenceByTarget[commitment.milestones[m].id] ?? []
          }
          plan.pillars[p].sectors[s].commitments[c] = commitment
        }
      }
    }
    for update in updates {
      guard case .meeting(let id) = update.target, case .meeting(let status) = update.status,
        let index = plan.meetings.firstIndex(where: { $0.id == id })
      else { continue }
      plan.meetings[index].status = status
      plan.meetings[index].date = update.date
      plan.meetings[index].source = update.source ?? plan.meetings[index].source
      plan.meetings[index].url = update.url
      plan.meetings[index].confidence = update.confidence
      if !update.note.isEmpty { plan.meetings[index].note = update.note }
    }
    return plan
  }
}
