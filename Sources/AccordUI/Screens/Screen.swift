import AccordCore

/// A screen of the dashboard. It lays itself out for an area once per frame (what `update`
/// needs: the list, the panes, the document's lines) and draws from that same layout. Adding a
/// screen: a `Route` case, a type conforming to this, its case in `Route.screen(in:)` and its
/// keys in `KeyMap`.
protocol Screen: Sendable {
  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body
  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid)
}

/// What a screen may read: the plan view (the plan, the day and all that is derived from
/// them), how to draw, and where its selection stands. Nothing else of the dashboard's state.
struct ScreenContext: Sendable {
  let view: PlanView
  let glyphs: Glyphs
  /// The screen's selection and scroll, kept inside its list and in view.
  var position = ListPosition()

  var plan: Plan { view.plan }
  var today: Day { view.today }
  var schedule: Schedule { view.schedule }
}

extension Route {
  /// The screen that shows this route, nil when what it names is not in the plan.
  func screen(in view: PlanView) -> (any Screen)? {
    switch self {
    case .overview:
      OverviewScreen()
    case .pillar(let index):
      view.pillars.indices.contains(index) ? PillarScreen(index: index, facts: view.pillars[index]) : nil
    case .sector(let id):
      view.place(ofSector: id).map { SectorScreen(place: $0, sector: view.sector($0)) }
    case .commitment(let id):
      view.commitment(id: id).map { CommitmentScreen(commitment: $0) }
    case .timeline:
      TimelineScreen()
    case .meeting(let id):
      view.meeting(id: id).map { MeetingScreen(meeting: $0) }
    }
  }
}
