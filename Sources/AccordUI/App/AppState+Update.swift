import AccordCore
import AccordLocalization
import AccordText

extension AppState {
  /// The next state for an event. The only place the state changes.
  public mutating func update(_ event: Event) -> Effect {
    let effect = apply(event)
    settle()
    return effect
  }

  private mutating func apply(_ event: Event) -> Effect {
    switch event {
    case .resize(let width, let height):
      size = TerminalSize(width: width, height: height)
      return .none
    case .tick(let time):
      // The loop's first tick only sets the clock; a second has passed at each one after.
      let first = now == nil
      now = time
      if followsClock { today = time.day }
      if kiosk != nil && !first {
        let page = kiosk?.page
        kiosk?.secondElapsed()
        if kiosk?.index == 0 && kiosk?.page != page { turnKioskToNextPlan() }
        showKioskPage()
        if kiosk?.page != page { notice = nil }
      }
      return .none
    case .planReloaded(let plan):
      if let parked = parkedSession(of: plan.identity) {
        let today = today
        changeParked(parked) { $0.load(plan, today: today) }
        return .none
      }
      load(plan)
      reloadProblem = nil
      dropRoutesThePlanNoLongerHas()
      return .none
    case .themeReloaded(let theme):
      if themes.indices.contains(themeIndex) { themes[themeIndex] = theme } else { themes = [theme] }
      themeProblem = nil
      return .none
    case .reloadFailed(let problem, let identity):
      guard let identity else {
        themeProblem = problem
        return .none
      }
      sessions[session(of: identity)].reloadProblem = problem
      return .none
    case .journalChanged(let updates):
      if let parked = parkedSession(of: updates.planFile.identity) {
        // Seen on the day and with the filters of that plan when it is taken out again.
        changeParked(parked) {
          $0.view = updates
          $0.journalProblem = nil
          $0.journalReading = false
        }
        return .none
      }
      loadJournal(updates)
      journalProblem = nil
      journalReading = false
      return .none
    case .journalFailed(let problem, let identity):
      let index = session(of: identity)
      sessions[index].journalProblem = problem
      sessions[index].journalReading = false
      return .none
    case .recorded(let update, let identity):
      // The form is the plan shown's: the loop answers before any other key is read.
      if session(of: identity) == activePlan { showRecorded(update) }
      return .none
    case .recordFailed(let problem, let identity):
      sessions[session(of: identity)].updateForm?.failure = problem
      return .none
    case .briefingWritten(let message), .copied(let message):
      notice = message
      return .none
    case .settingNotSaved(let problem):
      notice = "\(notice ?? "") (" + Template.fill(writing.localized("not remembered: %1$s"), [problem]) + ")"
      return .none
    case .key(.control("c")):
      return .quit
    case .key(.control("l")):
      return .redraw
    case .key(let key) where kiosk != nil:
      // A shared screen: stray keys must not derail it; only the exit word ends it.
      if case .character(let character) = key, kiosk?.type(character) == true { return .quit }
      notice = key == .character("u") ? writing.localized(AppState.readOnlyNotice) : nil
      return .none
    case .mouse where kiosk != nil, .paste where kiosk != nil:
      return .none
    case .paste(let text):
      paste(PastedLine.from(text))
      return .none
    case .key(let key):
      notice = nil
      if updateForm != nil { return typeIntoForm(key) }
      if helpOpen {
        helpOpen = false
        return .none
      }
      if let prompt {
        type(key, into: prompt)
        return .none
      }
      if choicePicker != nil {
        pick(key)
        return .none
      }
      if filterMenuOpen {
        chooseFilter(key)
        return .none
      }
      guard let action = KeyMap.action(for: key, on: route, pillars: plan.pillars.count, plans: planViews.count) else {
        return .none
      }
      return perform(action)
    case .mouse(let mouse):
      if updateForm != nil { return .none }
      if helpOpen {
        if mouse.action == .click || mouse.action == .doubleClick { helpOpen = false }
        return .none
      }
      guard size.fits(AppState.minimumSize) else { return .none }
      if mouse.action == .click || mouse.action == .doubleClick {
        // A click moves to the screen: the line being typed or the filter menu closes.
        prompt = nil
        filterMenuOpen = false
        choicePicker = nil
      }
      handle(mouse)
      return .none
    }
  }

  /// What an action from the key map does; the help overlay describes these same actions.
  mutating func perform(_ action: Action) -> Effect {
    switch action {
    case .quit:
      return .quit
    case .help:
      helpOpen = true
    case .reload:
      return .reload
    case .redraw:
      return .redraw
    case .briefing:
      guard !readOnly else {
        notice = writing.localized("read-only: this dashboard writes no file")
        break
      }
      return .writeBriefing
    case .copyAddress:
      guard let address = sourceAddress else {
        notice = writing.localized("no web address to copy here: open a commitment or a meeting whose source has one")
        break
      }
      return .copy(address)
    case .sort:
      // The selected commitment stays selected, wherever it moves.
      keepingSelections { $0.commitmentOrder = $0.commitmentOrder.next }
      notice = Template.fill(writing.localized("sorted %1$s"), [commitmentOrder.label(writing)])
    case .nextTheme:
      if let load = otherThemes {
        // Parsed at the first `c`, not before the first frame: most sessions never change theme.
        themes += load()
        otherThemes = nil
      }
      guard !themes.isEmpty else { break }
      themeIndex = (themeIndex + 1) % themes.count
      notice = Template.fill(writing.localized("theme: %1$s"), [themes[themeIndex].name])
      // The next session starts with it.
      if let choice = themes[themeIndex].choice { return .saveSetting(key: "theme", value: choice) }
    case .nextLanguage:
      switchLanguage()
    case .back:
      pop()
    case .plans:
      showPlans()
    case .open:
      openSelection()
    case .pillar(let index):
      guard plan.pillars.indices.contains(index) else { break }
      positions[.overview, default: ListPosition()].selected = index
      setRoutes([.overview, .pillar(index)])
    case .timeline:
      open(.timeline)
    case .agencies:
      open(.agencies)
    case .watchlist:
      open(.watchlist)
    case .recentUpdates:
      openRecentUpdates()
    case .earlierWeek, .laterWeek:
      moveRecentUpdates(weeks: action == .earlierWeek ? -1 : 1)
    case .search:
      startSearch()
    case .filters:
      filterMenuOpen = true
    case .nextMeeting:
      openNextMeeting()
    case .goTo:
      prompt = Prompt(.goTo)
    case .recordUpdate:
      openUpdateForm()
    case .confirmUpdate:
      return confirmSelectedUpdate()
    case .nextMatch, .previousMatch:
      stepMatch(forward: action == .nextMatch)
    case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end:
      positions[route] = layout.moved(position(for: route), by: action)
    }
    return .none
  }

  /// Drills into the selected item, as its screen says (`Screen.destination`); on the plans
  /// screen, opens the selected plan; on a row of another plan, opens that plan there.
  mutating func openSelection() {
    let selected = position(for: route).selected
    if route == .plans { return openPlan(selected) }
    guard let screen = layout.screen, let destination = screen.destination(of: selected, context: context()) else {
      return
    }
    if let other = screen.plan(of: selected) { return open(destination, inPlan: other) }
    push(destination)
  }

  /// Opens an item of another plan from a list that spans the plans: that plan is shown with
  /// the same list under the item, so Back comes back to it, on the same row.
  private mutating func open(_ destination: Route, inPlan other: Int) {
    let list = route
    let position = position(for: list)
    let query = lastQuery
    openPlan(other)
    setRoutes([.overview, list, destination])
    positions[list] = position
    lastQuery = query
  }

  /// A click selects what is under the pointer (a double-click opens it); the wheel moves the
  /// selection, or scrolls a document a few lines a notch.
  private mutating func handle(_ mouse: MouseEvent) {
    let layout = self.layout
    let position = position(for: route)
    switch mouse.action {
    case .click, .doubleClick:
      // The overview's "Next meeting" line opens that meeting.
      if route == .overview && mouse.y == layout.headerRow(OverviewScreen.headerRows - 1) {
        openNextMeeting()
        return
      }
      guard let target = layout.target(atX: mouse.x, y: mouse.y, offset: position.offset) else { return }
      positions[route] = ListPosition(selected: target, offset: position.offset)
      if mouse.action == .doubleClick { openSelection() }
    case .wheelUp, .wheelDown:
      let up = mouse.action == .wheelUp
      if let geometry = layout.list, geometry.isDocument {
        positions[route] = position.moved(by: up ? -3 : 3, in: geometry)
      } else {
        positions[route] = layout.moved(position, by: layout.panes != nil ? (up ? .left : .right) : (up ? .up : .down))
      }
    }
  }
}
