/// What `:` goes to: a pillar (`:III`, `:3`), a sector (`:9`, `:b`), a commitment (`:16.3`), a
/// milestone (`:8.4a`) or a meeting (`:jc-15`), with completion of ids as they are typed.
public enum GoToTarget: Equatable, Sendable {
  case pillar(Int)
  case sector(String)
  case commitment(String)
  case milestone(commitment: String, id: String)
  case meeting(String)

  /// The target an id names exactly (case-insensitively), if any. A number alone names a
  /// sector (the plan numbers its sectors 1-26); a pillar is named by its Roman numeral.
  public static func resolve(_ text: String, in plan: Plan) -> GoToTarget? {
    let id = text.trimmingSpaces
    guard !id.isEmpty else { return nil }
    let lowered = id.lowercased()
    if let commitment = plan.commitments.first(where: { $0.id.lowercased() == lowered }) {
      return .commitment(commitment.id)
    }
    for commitment in plan.commitments {
      if let milestone = commitment.milestones.first(where: { $0.id.lowercased() == lowered }) {
        return .milestone(commitment: commitment.id, id: milestone.id)
      }
    }
    if let sector = plan.sectors.first(where: { $0.id.lowercased() == lowered }) { return .sector(sector.id) }
    if let pillar = plan.pillars.firstIndex(where: { $0.id.lowercased() == lowered }) { return .pillar(pillar) }
    if let meeting = plan.meetings.first(where: { $0.id.lowercased() == lowered }) { return .meeting(meeting.id) }
    return nil
  }

  /// Every id that starts with what was typed, shortest first (so `16.` offers 16.1 before
  /// 16.10), then in plan order; at most `limit`.
  public static func completions(of text: String, in plan: Plan, limit: Int = 8) -> [String] {
    let typed = text.trimmingSpaces.lowercased()
    guard !typed.isEmpty else { return [] }
    var ids = plan.pillars.map(\.id) + plan.sectors.map(\.id)
    for commitment in plan.commitments {
      ids.append(commitment.id)
      ids += commitment.milestones.map(\.id)
    }
    ids += plan.meetings.map(\.id)
    let matching = ids.enumerated().filter { $0.element.lowercased().hasPrefix(typed) }
    return matching.sorted { a, b in
      a.element.count != b.element.count ? a.element.count < b.element.count : a.offset < b.offset
    }.prefix(limit).map(\.element)
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
