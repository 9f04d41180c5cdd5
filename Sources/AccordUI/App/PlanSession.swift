import AccordCore

/// One open plan's part of the dashboard: what it shows and where the person stands in it.
/// The application (size, theme, clock, kiosk, help, notices) is `AppState`'s own; with
/// several plans open, each keeps its session, and switching plans puts one away and takes
/// another out, so each plan's screens, selections, filters and open prompt wait for it.
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
  var journalProblem: String?

  public init(plan: Plan, updates: [JournalUpdate] = [], today: Day) {
    view = PlanView(plan: plan, updates: updates, today: today)
  }
}

extension AppState {
  /// Every open plan's view, the one shown among them, for the plans screen.
  var planViews: [PlanView] {
    sessions.isEmpty ? [view] : sessions.indices.map { $0 == activePlan ? view : sessions[$0].view }
  }

  /// Opens another plan beside those open; the dashboard shows the plans screen when there
  /// are several (`showPlans`).
  public mutating func addPlan(_ plan: Plan, updates: [JournalUpdate] = []) {
    if sessions.isEmpty { sessions = [parked] }
    sessions.append(PlanSession(plan: plan, updates: updates, today: today))
  }

  /// The plans screen, over whichever plan was open (`render --screen plans` shows it for one).
  public mutating func showPlans() {
    showingPlans = true
  }

  /// Puts the plan shown away and takes out plan `index` at its overview, or where it was left.
  mutating func openPlan(_ index: Int) {
    guard sessions.indices.contains(index) else { return }
    let plansPosition = positions[.plans]
    if index != activePlan {
      sessions[activePlan] = parked
      take(sessions[index])
      activePlan = index
    }
    positions[.plans] = plansPosition
    showingPlans = false
  }

  /// After a plan's last kiosk page, the next plan's first: every open plan in turn.
  mutating func turnKioskToNextPlan() {
    guard sessions.count > 1, let cycle = kiosk?.cycle else { return }
    openPlan((activePlan + 1) % sessions.count)
    kiosk = Kiosk(pillars: plan.pillars.count, cycle: cycle)
  }

  /// The put-away session of the plan with this identity (`Plan.identity`): an event about a
  /// plan that is not the one shown changes that plan alone. Nil for the plan shown.
  func parkedSession(of identity: String) -> Int? {
    guard sessions.count > 1, view.planFile.identity != identity else { return nil }
    return sessions.indices.first { $0 != activePlan && sessions[$0].view.planFile.identity == identity }
  }

  /// The session of the plan shown, as it stands.
  private var parked: PlanSession {
    var session = PlanSession(view: view)
    session.routes = routes
    session.positions = positions
    session.prompt = prompt
    session.updateForm = updateForm
    session.lastQuery = lastQuery
    session.filterMenuOpen = filterMenuOpen
    session.choicePicker = choicePicker
    session.reloadProblem = reloadProblem
    session.journalProblem = journalProblem
    return session
  }

  private mutating func take(_ session: PlanSession) {
    // A plan put away yesterday is seen as of today.
    view = session.view.today == today ? session.view : session.view.seen(on: today, filters: session.view.filters)
    routes = session.routes
    positions = session.positions
    prompt = session.prompt
    updateForm = session.updateForm
    lastQuery = session.lastQuery
    filterMenuOpen = session.filterMenuOpen
    choicePicker = session.choicePicker
    reloadProblem = session.reloadProblem
    journalProblem = session.journalProblem
  }
}

extension PlanSession {
  init(view: PlanView) { self.view = view }

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
