import AccordCore
import AccordLocalization

extension Route {
  /// How the breadcrumb names this screen: the screens on the way back to the overview are
  /// named in turn, so the trail is always the way back (Esc by Esc).
  func crumb(in view: PlanView, writing: Writing = .english) -> String {
    switch self {
    case .overview: writing.localized("Overview")
    case .pillar(let index):
      view.plan.pillars.indices.contains(index)
        ? view.plan.pillars[index].heading(writing) : "?"
    case .sector(let id): view.sector(id: id).map { $0.heading(writing) } ?? id
    case .commitment(let id): id
    case .timeline: writing.localized("Timeline")
    case .meeting(let id): view.meeting(id: id)?.title(in: writing) ?? id
    case .search: writing.localized("Search")
    case .agencies: writing.localized("Agencies")
    case .agency(let name): view.plan.agencyName(name, writing)
    case .watchlist: writing.localized("Watch list")
    case .commitmentsOf: writing.localized("Commitments")
    case .meetingsOf: writing.localized("Meetings")
    case .updates: writing.localized("Recent updates")
    case .plans: writing.localized("Plans")
    }
  }
}
