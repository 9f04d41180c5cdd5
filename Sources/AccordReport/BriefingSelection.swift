import AccordCore

/// The commitments and meetings a briefing's scope takes in: a pillar's, an agency's, or all.
struct BriefingSelection {
  let pillars: [Pillar]
  let commitments: [Commitment]
  private let agency: String?
  private let commitmentIDs: Set<String>
  private let sectorIDs: Set<String>
  private let wholePlan: Bool

  init(plan: Plan, scope: BriefingScope) {
    let agency = scope.agency.map { $0.lowercased() }
    self.agency = agency
    let inPillar = scope.pillar.map { plan.pillars.indices.contains($0) ? [plan.pillars[$0]] : [] } ?? plan.pillars
    let matches = { (commitment: Commitment) in
      agency.map { wanted in commitment.carriers.contains { $0.lowercased().contains(wanted) } } ?? true
    }
    // With an agency, only the pillars where it has commitments.
    pillars = inPillar.filter { agency == nil || $0.commitments.contains(where: matches) }
    commitments = pillars.flatMap(\.commitments).filter(matches)
    commitmentIDs = Set(commitments.map(\.id) + commitments.flatMap { $0.milestones.map(\.id) })
    sectorIDs = Set(pillars.flatMap(\.sectors).filter { $0.commitments.contains(where: matches) }.map(\.id))
    wholePlan = scope.isWholePlan
  }

  func contains(_ commitment: Commitment) -> Bool {
    commitmentIDs.contains(commitment.id)
  }

  /// A commitment's or a milestone's id in scope.
  func contains(commitmentID id: String) -> Bool {
    commitmentIDs.contains(id)
  }

  /// A meeting of every sector, or of a sector or commitment in scope.
  func contains(_ meeting: Meeting) -> Bool {
    wholePlan || meeting.sectors.contains { $0 == "all" || sectorIDs.contains($0) }
      || meeting.commitments.contains(where: commitmentIDs.contains)
  }
}
