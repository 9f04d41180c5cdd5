import AccordCore

extension Route {
  /// How the breadcrumb names this screen: the screens on the way back to the overview are
  /// named in turn, so the trail is always the way back (Esc by Esc).
  func crumb(in view: PlanView) -> String {
    switch self {
    case .overview: "Overview"
    case .pillar(let index):
      view.plan.pillars.indices.contains(index)
        ? "\(view.plan.pillars[index].id) \(view.plan.pillars[index].name)" : "?"
    case .sector(let id): view.sector(id: id).map { "\($0.id) \($0.name)" } ?? id
    case .commitment(let id): id
    case .timeline: "Timeline"
    case .meeting(let id): view.meeting(id: id)?.title ?? id
    case .search: "Search"
    case .agencies: "Agencies"
    case .agency(let name): name
    case .watchlist: "Watch list"
    case .commitmentsOf: "Commitments"
    case .meetingsOf: "Meetings"
    case .updates: "Recent updates"
    case .plans: "Plans"
    }
  }
}
