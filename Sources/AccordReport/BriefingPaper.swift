import AccordCore

/// The briefing arranged as a paper a minister reads: what matters first, then each pillar's
/// news and arrears by name, the commitments with no report counted per sector at the end.
/// Markdown and HTML both lay out this, so they say the same in the same order.
struct BriefingPaper {
  struct PillarNews {
    let pillar: PillarFacts
    /// Reports since `since` on its commitments and milestones, newest first.
    let moved: [ReportedItem]
    /// Its overdue deliverables and milestones, each with the commitment it belongs to.
    let overdue: [(item: OverdueItem, commitment: CommitmentFacts)]
    /// Its commitments with a report, in the plan's order.
    let reported: [CommitmentFacts]
  }

  /// A sector's commitments with no report.
  struct Silent {
    /// The first of them, which names the sector.
    let first: CommitmentFacts
    var ids: [String]
  }

  let pillars: [PillarNews]
  /// Reports of meetings since `since`: held, put off, called off, dated anew.
  let meetingNews: [ReportedItem]
  let silent: [Silent]
  /// A commitment's facts by its id and by each of its milestones' ids.
  let commitments: [String: CommitmentFacts]

  /// How long a commitment's text may run in a list or a table before it is cut.
  static let textWidth = 110

  init(_ briefing: Briefing) {
    var byID: [String: CommitmentFacts] = [:]
    for commitment in briefing.pillars.flatMap(\.commitments) {
      byID[commitment.id] = commitment
      for milestone in commitment.milestones { byID[milestone.id] = commitment }
    }
    commitments = byID
    pillars = briefing.pillars.map { pillar in
      let ids = Set(pillar.commitments.map(\.id))
      return PillarNews(
        pillar: pillar,
        moved: briefing.reportedSince.filter {
          $0.subject != .meeting && byID[$0.id].map { ids.contains($0.id) } == true
        },
        overdue: briefing.overdue.compactMap { item in
          byID[item.commitmentID].flatMap { ids.contains($0.id) ? (item, $0) : nil }
        },
        reported: pillar.commitments.filter { $0.status != .unknown })
    }
    meetingNews = briefing.reportedSince.filter { $0.subject == .meeting }
    var silent: [Silent] = []
    for commitment in briefing.pillars.flatMap(\.commitments) where commitment.status == .unknown {
      if silent.last?.first.sectorID == commitment.sectorID {
        silent[silent.count - 1].ids.append(commitment.id)
      } else {
        silent.append(Silent(first: commitment, ids: [commitment.id]))
      }
    }
    self.silent = silent
  }
}
