import AccordCore
import AccordLocalization

/// A screen of the dashboard. It lays itself out for an area once per frame (what `update`
/// needs: the list, the panes, the document's lines) and draws from that same layout. Adding a
/// screen: a `Route` case, a type conforming to this, its case in `Route.screen(in:)` and its
/// keys in `KeyMap`.
protocol Screen: Sendable {
  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body
  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid)
  /// What Enter opens on an item of the list; nil when it opens nothing.
  func destination(of item: Int, context: ScreenContext) -> Route?
  /// The text of an item that `n`/`N` look for the last search in.
  func searchableText(of item: Int, context: ScreenContext) -> String?
  /// What an item stands for, to select it again after its row moves; by default where Enter
  /// goes.
  func identity(of item: Int, context: ScreenContext) -> String?
  /// What `u` records an update about here with `item` selected: the commitment or meeting
  /// shown, else the one selected; nil for anything else.
  func updateTarget(selecting item: Int, context: ScreenContext) -> UpdateTarget?
  /// The web address `y` copies here; nil where there is none.
  func sourceAddress(context: ScreenContext) -> String?
  /// The open plan an item is of, by its index among them, when it is not the plan shown (a
  /// list that spans the plans, `OpenPlans`); Enter opens its destination in that plan.
  func plan(of item: Int) -> Int?
  /// How many rows at the top of its area are its header, which the filter line goes under.
  var headerRows: Int { get }
}

/// What an update typed in the dashboard is about: a commitment or a meeting, by its id.
struct UpdateTarget: Equatable, Sendable {
  var kind: JournalUpdate.TargetKind
  var id: String
}

extension Screen {
  func destination(of item: Int, context: ScreenContext) -> Route? { nil }
  func searchableText(of item: Int, context: ScreenContext) -> String? { nil }
  /// Another plan's item is told apart by its plan, the plan shown's as with one plan.
  func identity(of item: Int, context: ScreenContext) -> String? {
    destination(of: item, context: context).map { route in plan(of: item).map { "\($0)/\(route)" } ?? "\(route)" }
  }
  /// By default what Enter opens, when it is a commitment or a meeting of the plan shown (`u`
  /// records in the plan shown's journal).
  func updateTarget(selecting item: Int, context: ScreenContext) -> UpdateTarget? {
    guard plan(of: item) == nil else { return nil }
    return switch destination(of: item, context: context) {
    case .commitment(let id): UpdateTarget(kind: .commitment, id: id)
    case .meeting(let id): UpdateTarget(kind: .meeting, id: id)
    default: nil
    }
  }
  func sourceAddress(context: ScreenContext) -> String? { nil }
  func plan(of item: Int) -> Int? { nil }
  /// The title bar of `ScreenChrome`.
  var headerRows: Int { 1 }
}

/// What a screen may read: the plan view (the plan, the day and all that is derived from
/// them), how to draw, and where its selection stands. Nothing else of the dashboard's state.
struct ScreenContext: Sendable {
  var view: PlanView
  let glyphs: Glyphs
  /// The screen's selection and scroll, kept inside its list and in view.
  var position = ListPosition()
  /// The screens on the way back from this one to the overview, this one last: the breadcrumb.
  var trail: [Route] = []
  /// The unattended kiosk: no hints for keys it ignores, nothing drawn as selected.
  var kiosk = false
  /// Every open plan's view when several are open (or the plans screen is shown): the plans
  /// screen's rows, the older plan's history of a commitment carried on (`ContinuedHistory`).
  /// The lists that span the plans hold theirs (`OpenPlans`).
  var plans: [PlanView] = []
  /// The reader's language: every word the screen shows comes through `writing.localized`.
  var writing = Writing.english

  var plan: Plan { view.plan }
  var today: Day { view.today }
  var schedule: Schedule { view.schedule }
}

extension Route {
  /// The screen that shows this route, nil when what it names is not in the plan; its list of
  /// commitments, if it has one, in `order`. A list that spans the plans (`spansPlans`) spans
  /// `open`, which is the plan of `view` alone unless several are given.
  func screen(in view: PlanView, order: CommitmentOrder = .plan, open: OpenPlans? = nil) -> (any Screen)? {
    let open = open ?? OpenPlans(view)
    let sorted = { (commitments: [Commitment]) in order.sorted(commitments, on: view.today) }
    return switch self {
    case .overview:
      OverviewScreen()
    case .pillar(let index):
      view.pillars.indices.contains(index) ? PillarScreen(index: index, facts: view.pillars[index]) : nil
    case .sector(let id):
      view.place(ofSector: id).map {
        var sector = view.sector($0)
        sector.commitments = sorted(sector.commitments)
        return SectorScreen(place: $0, sector: sector, order: order)
      }
    case .commitment(let id):
      view.commitment(id: id).map { CommitmentScreen(commitment: $0) }
    case .timeline:
      TimelineScreen(open: open)
    case .meeting(let id):
      view.meeting(id: id).map { MeetingScreen(meeting: $0) }
    case .search(let query):
      SearchScreen(query: query, open: open)
    case .agencies:
      AgenciesScreen(agencies: view.finding.agencies.agencies, view: view)
    case .agency(let name):
      view.finding.agencies.agency(named: name).map {
        CommitmentListScreen(
          heading: name, commitments: sorted($0.commitments.compactMap(view.commitment(id:))), order: order)
      }
    case .watchlist:
      WatchScreen(open: open)
    case .commitmentsOf(let id):
      view.meeting(id: id).map {
        CommitmentListScreen(
          heading: $0.title, commitments: sorted($0.commitments.compactMap(view.commitment(id:))), order: order,
          ofMeeting: true)
      }
    case .meetingsOf(let id):
      view.commitment(id: id).map { MeetingListScreen(commitment: $0, meetings: view.meetings(linkedTo: $0.id)) }
    case .updates(let since):
      RecentUpdatesScreen(since: since, journal: view.journal)
    case .plans:
      PlansScreen()
    }
  }

  /// The lists that span every open plan when several are open: the timeline, the watch list
  /// and search.
  var spansPlans: Bool {
    switch self {
    case .timeline, .watchlist, .search: true
    default: false
    }
  }
}
