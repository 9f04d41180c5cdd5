/// A screen of the dashboard and what it shows; the navigation stack is a list of these.
public enum Route: Hashable, Sendable {
  case overview
  /// A pillar by its index in `plan.pillars` (0-based).
  case pillar(Int)
  case sector(String)
  case commitment(String)
  case timeline
  case meeting(String)

  /// The name the screen goes by in the help overlay and the title bar.
  public var name: String {
    switch self {
    case .overview: "overview"
    case .pillar: "pillar"
    case .sector: "sector"
    case .commitment: "commitment"
    case .timeline: "timeline"
    case .meeting: "meeting"
    }
  }
}
