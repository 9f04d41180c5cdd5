import AccordCore

extension Briefing {
  /// What was reported from `since` to `today`: evidence dated then (a partial date counts
  /// when it can fall then), journal updates recorded then, and meetings held then, each
  /// with its source; newest first.
  static func reported(commitments: [Commitment], meetings: [Meeting], from since: Day, to today: Day) -> [ReportedItem] {
    var items: [ReportedItem] = []
    for commitment in commitments {
      for evidence in commitment.evidence where isReported(evidence, from: since, to: today) {
        items.append(ReportedItem(subject: .commitment, id: commitment.id, evidence: EvidenceFacts(evidence)))
      }
      for milestone in commitment.milestones {
        for evidence in milestone.evidence where isReported(evidence, from: since, to: today) {
          items.append(ReportedItem(subject: .milestone, id: milestone.id, evidence: EvidenceFacts(evidence)))
        }
      }
    }
    for meeting in meetings where meeting.status == .held {
      guard let date = meeting.date, isWithin(date, from: since, to: today) else { continue }
      let summary = meeting.place.map { "\(meeting.title), \($0)" } ?? meeting.title
      let evidence = EvidenceFacts(
        date: date, summary: summary, source: meeting.source, url: meeting.url, confidence: meeting.confidence)
      items.append(ReportedItem(subject: .meeting, id: meeting.id, evidence: evidence))
    }
    return items.sorted { a, b in
      if a.evidence.date != b.evidence.date { return b.evidence.date < a.evidence.date }
      return a.id < b.id
    }
  }

  static func isReported(_ evidence: Evidence, from since: Day, to today: Day) -> Bool {
    if isWithin(evidence.date, from: since, to: today) { return true }
    guard let recorded = evidence.recording.flatMap({ Day(iso: String($0.recordedAt.prefix(10))) }) else { return false }
    return since <= recorded && recorded <= today && evidence.date.earliestDay <= today
  }

  /// A date that can fall from `since` to `today`: "2026-11" counts for a `since` of 2026-11-15.
  static func isWithin(_ date: PlanDate, from since: Day, to today: Day) -> Bool {
    date.latestDay >= since && date.earliestDay <= today
  }
}
