import AccordCore

/// A screen of the dashboard and what it shows; the navigation stack is a list of these.
public enum Route: Hashable, Sendable {
  case overview
  /// A pillar by its index in `plan.pillars` (0-based).
  case pillar(Int)
  case sector(String)
  case commitment(String)
  case timeline
  case meeting(String)
  /// The results of `/` for a query, grouped by kind.
  case search(String)
  /// The bodies the plan names (`a`), and the commitments one of them holds.
  case agencies
  case agency(String)
  /// What needs attention (`w`): overdue work, meetings due soon or unreported.
  case watchlist
  /// The links both ways: a meeting's commitments, a commitment's meetings.
  case commitmentsOf(meeting: String)
  case meetingsOf(commitment: String)
  /// What the journal recorded across the plan from a day to today (`U`).
  case updates(since: Day)
  /// Every open plan, a row each (`P`), when several are open; not part of any plan's stack.
  case plans

  /// The name the screen goes by in the help overlay and the title bar.
  public var name: String {
    switch self {
    case .overview: "overview"
    case .pillar: "pillar"
    case .sector: "sector"
    case .commitment: "commitment"
    case .timeline: "timeline"
    case .meeting: "meeting"
    case .search: "search"
    case .agencies: "agencies"
    case .agency: "agency"
    case .watchlist: "watch list"
    case .commitmentsOf: "meeting's commitments"
    case .meetingsOf: "commitment's meetings"
    case .updates: "recent updates"
    case .plans: "plans"
    }
  }

  /// What one row of the screen's list is, for the help's wording.
  var itemName: String {
    switch self {
    case .pillar: "sector"
    case .timeline, .meetingsOf: "meeting"
    case .search: "result"
    case .agencies: "agency"
    case .watchlist: "entry"
    case .updates: "update"
    case .plans: "plan"
    default: "commitment"
    }
  }
}
