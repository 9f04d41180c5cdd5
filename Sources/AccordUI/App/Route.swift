import AccordCore
import AccordLocalization

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
  func itemName(_ writing: Writing = .english) -> String {
    switch self {
    case .pillar: writing.localized("sector", context: "list item")
    case .timeline, .meetingsOf: writing.localized("meeting", context: "list item")
    case .search: writing.localized("result", context: "list item")
    case .agencies: writing.localized("agency", context: "list item")
    case .watchlist: writing.localized("entry", context: "list item")
    case .updates: writing.localized("update", context: "list item")
    case .plans: writing.localized("plan", context: "list item")
    default: writing.localized("commitment", context: "list item")
    }
  }

  /// The screen's name in the reader's language, for the help's title.
  func title(_ writing: Writing) -> String {
    switch self {
    case .overview: writing.localized("overview", context: "screen")
    case .pillar: writing.localized("pillar", context: "screen")
    case .sector: writing.localized("sector", context: "screen")
    case .commitment: writing.localized("commitment", context: "screen")
    case .timeline: writing.localized("timeline", context: "screen")
    case .meeting: writing.localized("meeting", context: "screen")
    case .search: writing.localized("search", context: "screen")
    case .agencies: writing.localized("agencies", context: "screen")
    case .agency: writing.localized("agency", context: "screen")
    case .watchlist: writing.localized("watch list", context: "screen")
    case .commitmentsOf: writing.localized("meeting's commitments", context: "screen")
    case .meetingsOf: writing.localized("commitment's meetings", context: "screen")
    case .updates: writing.localized("recent updates", context: "screen")
    case .plans: writing.localized("plans", context: "screen")
    }
  }
}
