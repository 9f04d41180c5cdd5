import AccordCore

/// One open plan's part of the dashboard: what it shows and where the person stands in it.
/// The application (size, theme, clock, kiosk, help, notices) is `AppState`'s own; with
/// several plans open, each keeps its session, so each plan's screens, selections, filters,
/// open prompt and form wait for it while another is shown.
public struct PlanSession: Sendable {
  public internal(set) var view: PlanView
  var routes: [Route] = [.overview]
  var positions: [Route: ListPosition] = [:]
  var prompt: Prompt?
  var updateForm: UpdateForm?
  var lastQuery: String?
  var filterMenuOpen = false
  var choicePicker: ChoicePicker?
  var reloadProblem: String?
  var journalProblem: JournalNotice?
  var journalReading = false

  public init(plan: Plan, updates: [JournalUpdate] = [], today: Day) {
    view = PlanView(plan: plan, updates: updates, today: today)
  }

  /// The plan's identity (`Plan.identity`), which events about it carry.
  public var identity: String { view.planFile.identity }
}

extension AppState {
  /// Every open plan's view, for the plans screen.
  var planViews: [PlanView] { sessions.map(\.view) }

  /// Opens another plan beside those open; the dashboard shows the plans screen when there
  /// are several (`showPlans`).
  public mutating func addPlan(_ plan: Plan, updates: [JournalUpdate] = []) {
    sessions.append(PlanSession(plan: plan, updates: updates, today: today))
  }

  /// The plans screen, over whichever plan was open (`render --screen plans` shows it for one).
  public mutating func showPlans() {
    showingPlans = true
  }

  /// Shows plan `index` at its overview, or where it was left.
  mutating func openPlan(_ index: Int) {
    guard sessions.indices.contains(index) else { return }
    // The plans screen's selection goes along: it is the same screen whichever plan is open.
    let plansPosition = positions[.plans]
    activePlan = index
    positions[.plans] = plansPosition
    // A plan whose journal changed while put away is seen as of today, with its filters.
    if view.today != today { view = view.seen(on: today, filters: filters) }
    showingPlans = false
  }

  /// After a plan's last kiosk page, the next plan's first: every open plan in turn.
  mutating func turnKioskToNextPlan() {
    guard sessions.count > 1, let cycle = kiosk?.cycle else { return }
    openPlan((activePlan + 1) % sessions.count)
    kiosk = Kiosk(pillars: plan.pillars.count, cycle: cycle)
  }

  /// The session of the plan with this identity (`Plan.identity`), nil when none is open or
  /// when it is the plan shown: an event about a plan put away changes that plan alone.
  func parkedSession(of identity: String?) -> Int? {
    guard let identity, sessions[activePlan].identity != identity else { return nil }
    return sessions.firstIndex { $0.identity == identity }
  }

  /// The journal of the plan with this identity is being read for the first time: its bottom
  /// line says so until the journal's first look is done.
  public mutating func readingJournal(of identity: String) {
    sessions[session(of: identity)].journalReading = true
  }

  /// The session an event about the plan with this identity changes: the plan shown when no
  /// open plan has it.
  func session(of identity: String) -> Int {
    parkedSession(of: identity) ?? activePlan
  }
}

extension PlanSession {
  /// Its plan file read anew while put away: seen with its journal's updates and filters, and
  /// the screens of what the file no longer has closed, as for the plan shown.
  mutating func load(_ plan: Plan, today: Day) {
    view = PlanView(plan: plan, updates: view.updates, today: today, filters: view.filters)
    reloadProblem = nil
    let kept = Array(routes.prefix { $0.screen(in: view) != nil })
    routes = kept.isEmpty ? [.overview] : kept
    positions = positions.filter { routes.contains($0.key) }
  }
}
