import AccordCore
import AccordLocalization

/// Everything the dashboard shows, as a value: rendering is a pure function of it and the
/// terminal size, and `update` makes the next one from an event.
public struct AppState: Sendable {
  /// Every open plan's session, one while a single plan is open; `activePlan` is the one shown.
  /// What concerns a plan (its view, screens, selections, filters, prompt, form, problems) is
  /// its session's; the rest of `AppState` is the application's.
  public internal(set) var sessions: [PlanSession]
  public internal(set) var activePlan = 0 {
    didSet { viewGeneration &+= 1 }
  }
  /// The plans screen is shown, over the active plan's screens.
  public internal(set) var showingPlans = false

  /// The plan seen on `today`, with its indexes and roll-ups: built again only when the plan
  /// reloads, the journal changes or the day changes, never per key or per row.
  public internal(set) var view: PlanView {
    get { sessions[activePlan].view }
    set {
      sessions[activePlan].view = newValue
      viewGeneration &+= 1
    }
  }
  /// The plan as it stood on `today`: what every screen shows.
  public var plan: Plan { view.plan }
  public var today: Day {
    get { view.today }
    set {
      guard newValue != today else { return }
      for index in sessions.indices where index != activePlan {
        sessions[index].view = sessions[index].view.seen(on: newValue, filters: sessions[index].view.filters)
      }
      view = view.seen(on: newValue, filters: filters)
    }
  }
  /// Counts the views built, so a layout knows whether it is still for the current one (a
  /// plan put away counts too: the lists that span the plans show it).
  private(set) var viewGeneration = 0

  /// Changes the session of a plan put away, and so the lists that span the plans.
  mutating func changeParked(_ index: Int, _ change: (inout PlanSession) -> Void) {
    change(&sessions[index])
    viewGeneration &+= 1
  }
  public var options: DisplayOptions
  /// The reader's language, digits and dates: every word a screen shows comes through it.
  public var writing = Writing.english
  /// The screens opened so far; the last one is shown. Never empty: the overview is the root.
  public internal(set) var routes: [Route] {
    get { sessions[activePlan].routes }
    set { sessions[activePlan].routes = newValue }
  }
  /// Selection and scroll of the screens on the stack, kept while a screen above is open so
  /// Back returns there; a screen that is closed forgets its own.
  public var positions: [Route: ListPosition] {
    get { sessions[activePlan].positions }
    set { sessions[activePlan].positions = newValue }
  }
  public var helpOpen = false
  /// The `f` menu, open while filters are being chosen.
  public var filterMenuOpen: Bool {
    get { sessions[activePlan].filterMenuOpen }
    set { sessions[activePlan].filterMenuOpen = newValue }
  }
  /// A long filter's choices being picked by typing (the agencies), over the filter menu.
  public var choicePicker: ChoicePicker? {
    get { sessions[activePlan].choicePicker }
    set { sessions[activePlan].choicePicker = newValue }
  }
  /// The search or go-to line being typed, if any.
  public var prompt: Prompt? {
    get { sessions[activePlan].prompt }
    set { sessions[activePlan].prompt = newValue }
  }
  /// The update being typed (`u`), if any: it takes every key until saved or cancelled.
  public var updateForm: UpdateForm? {
    get { sessions[activePlan].updateForm }
    set { sessions[activePlan].updateForm = newValue }
  }
  /// The last search, which `n`/`N` look for in the current list.
  public var lastQuery: String? {
    get { sessions[activePlan].lastQuery }
    set { sessions[activePlan].lastQuery = newValue }
  }
  /// The themes `c` cycles through; the terminal paints with `theme`.
  public var themes: [Theme] = []
  public var themeIndex = 0
  /// How lists of commitments are sorted (`s`), on every screen that lists them.
  public var commitmentOrder = CommitmentOrder.plan
  /// The themes `c` cycles through after `themes`, loaded at its first press.
  public var otherThemes: (@Sendable () -> [Theme])?
  /// A one-line message shown until the next key, e.g. which theme `c` chose.
  public var notice: String?
  /// The wall clock as of the last tick, for the kiosk's clock.
  public var now: WallTime?
  /// Whether `today` moves on with the clock (false when `--today` fixed it).
  public var followsClock = false
  /// The unattended mode for briefing rooms, if on.
  public var kiosk: Kiosk?
  /// Nothing may be written (for viewer accounts): `u` opens no form. Whatever else comes to
  /// write must ask this first.
  public var readOnly = false
  /// Why the theme file's last reload failed, shown until a reload succeeds.
  public var themeProblem: String?
  /// Why the plan file's last reload failed (`FILE:LINE:COLUMN: message`), shown until a reload
  /// succeeds; else the theme's.
  public var reloadProblem: String? {
    get { sessions[activePlan].reloadProblem ?? themeProblem }
    set { sessions[activePlan].reloadProblem = newValue }
  }
  /// Why the plan's journal cannot be read now, shown until it can; its last good updates stay.
  public var journalProblem: JournalNotice? {
    get { sessions[activePlan].journalProblem }
    set { sessions[activePlan].journalProblem = newValue }
  }
  /// The plan's journal's first read is under way (off the screen's thread): the plan file
  /// alone is shown meanwhile, and the bottom line says so.
  public var journalReading: Bool {
    get { sessions[activePlan].journalReading }
    set { sessions[activePlan].journalReading = newValue }
  }
  /// The terminal size last reported; `update` lays the screen out for it.
  public var size: TerminalSize
  /// The current screen's layout at `size`, kept from one event to the next while the route,
  /// the size and the plan view stay the same.
  var frame: ScreenLayout?

  /// - Parameter updates: the journal's, merged into `plan` and shown in the history.
  public init(
    plan: Plan, updates: [JournalUpdate] = [], today: Day, options: DisplayOptions = DisplayOptions(),
    size: TerminalSize = TerminalSize(width: 80, height: 24)
  ) {
    sessions = [PlanSession(plan: plan, updates: updates, today: today)]
    self.options = options
    self.size = size
  }

  public var route: Route { showingPlans ? .plans : routes.last ?? .overview }

  /// A plan file read anew (a reload): seen as of `today` like the first, with the journal's
  /// updates, each list's selection on the same item.
  public mutating func load(_ plan: Plan) {
    keepingSelections { $0.view = PlanView(plan: plan, updates: $0.view.updates, today: $0.today, filters: $0.filters) }
  }

  /// The `f` filters; setting them builds the view anew, so every screen obeys them.
  public var filters: PlanFilters {
    get { view.filters }
    set { if newValue != filters { view = view.seen(on: today, filters: newValue) } }
  }

  public var theme: Theme? { themes.indices.contains(themeIndex) ? themes[themeIndex] : nil }

  public func position(for route: Route) -> ListPosition { positions[route] ?? ListPosition() }

  public var glyphs: Glyphs { Glyphs(ascii: options.ascii) }

  public var schedule: Schedule { view.schedule }

  /// The smallest terminal the dashboard draws in; below it a message says what is needed.
  public static let minimumSize = TerminalSize(width: 40, height: 12)

  /// Opens a screen on top of the current one.
  public mutating func push(_ route: Route) {
    showingPlans = false
    routes.append(route)
  }

  /// Back to the previous screen; at the overview, the plans screen when several are open.
  public mutating func pop() {
    if routes.count > 1 && !showingPlans {
      routes.removeLast()
    } else if sessions.count > 1 {
      showingPlans = true
    }
  }

  /// Replaces the whole stack, e.g. to start on a screen given on the command line.
  public mutating func setRoutes(_ stack: [Route]) {
    showingPlans = false
    routes = stack.isEmpty ? [.overview] : stack
  }
}

/// Columns and rows of the terminal.
public struct TerminalSize: Equatable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public func fits(_ minimum: TerminalSize) -> Bool { width >= minimum.width && height >= minimum.height }
}

/// How to draw, decided once from the terminal and the command line.
public struct DisplayOptions: Sendable, Equatable {
  /// Plain ASCII borders, gauges and glyphs: for non-UTF-8 locales and `--ascii`.
  public var ascii: Bool

  public init(ascii: Bool = false) {
    self.ascii = ascii
  }
}

/// What the loop must do after an update, besides drawing.
public enum Effect: Equatable, Sendable {
  case none
  case quit
  /// Read the plan and theme files again (`r`).
  case reload
  /// Paint every cell again, whatever changed (Ctrl-L).
  case redraw
  /// Record this update in the journal of the plan with this identity; the loop answers with
  /// `.recorded` or `.recordFailed`.
  case record(JournalUpdate, plan: String)
  /// Remember a setting the person chose (`theme`, from `c`) in their settings file; the loop
  /// answers with `.settingNotSaved` only when it could not.
  case saveSetting(key: String, value: String)
  /// Write the briefing for the day and filters shown to a file; the loop answers with
  /// `.briefingWritten`.
  case writeBriefing
  /// Copy this web address to the terminal's clipboard (OSC 52) where the settings allow it;
  /// the loop answers with `.copied`.
  case copy(String)
}

extension AppState {
  /// Milliseconds between ticks: each second in kiosk mode (pages turn), else each minute.
  public var tickMilliseconds: Int { kiosk == nil ? 60_000 : 1_000 }

  /// Starts the kiosk cycle on its first page.
  public mutating func startKiosk(cycle: Int) {
    kiosk = Kiosk(pillars: plan.pillars.count, cycle: cycle)
    showKioskPage()
    settle()
  }

  mutating func showKioskPage() {
    guard let kiosk else { return }
    helpOpen = false
    setRoutes(kiosk.route == .overview ? [.overview] : [.overview, kiosk.route])
    if case .pillar(let index) = kiosk.page { positions[.overview, default: ListPosition()].selected = index }
  }
}

extension AppState {
  /// After a reload, screens of sectors, commitments or meetings that are gone are closed:
  /// those whose screen cannot be made of the plan any more, and every one above them.
  mutating func dropRoutesThePlanNoLongerHas() {
    let kept = Array(routes.prefix { $0.screen(in: view, order: commitmentOrder) != nil })
    routes = kept.isEmpty ? [.overview] : kept
  }
}
