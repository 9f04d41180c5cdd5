import AccordCore

extension AppState {
  /// The next state for an event. The only place the state changes.
  public mutating func update(_ event: Event) -> Effect {
    switch event {
    case .resize(let width, let height):
      size = TerminalSize(width: width, height: height)
      normalizePositions()
      return .none
    case .tick(let time):
      // The loop's first tick only sets the clock; a second has passed at each one after.
      let first = now == nil
      now = time
      if followsClock { today = time.day }
      if kiosk != nil && !first {
        kiosk?.secondElapsed()
        showKioskPage()
      }
      return .none
    case .planReloaded(let plan):
      self.plan = plan
      reloadProblem = nil
      dropRoutesThePlanNoLongerHas()
      normalizePositions()
      return .none
    case .themeReloaded(let theme):
      if themes.indices.contains(themeIndex) { themes[themeIndex] = theme } else { themes = [theme] }
      reloadProblem = nil
      return .none
    case .reloadFailed(let problem):
      reloadProblem = problem
      return .none
    case .key(.control("c")):
      return .quit
    case .key(.control("l")):
      return .redraw
    case .key(let key) where kiosk != nil:
      // A shared screen: stray keys must not derail it; only the exit word ends it.
      if case .character(let character) = key, kiosk?.type(character) == true { return .quit }
      return .none
    case .mouse where kiosk != nil:
      return .none
    case .key(let key):
      notice = nil
      if helpOpen {
        helpOpen = false
        return .none
      }
      guard let action = KeyMap.action(for: key, on: route) else { return .none }
      return perform(action)
    case .mouse(let mouse):
      if helpOpen {
        if mouse.action == .click || mouse.action == .doubleClick { helpOpen = false }
        return .none
      }
      guard size.fits(AppState.minimumSize) else { return .none }
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
    case .nextTheme:
      guard !themes.isEmpty else { break }
      themeIndex = (themeIndex + 1) % themes.count
      notice = "theme: \(themes[themeIndex].name)"
    case .back:
      pop()
    case .open:
      openSelection()
    case .pillar(let index):
      guard plan.pillars.indices.contains(index) else { break }
      positions[.overview, default: ListPosition()].selected = index
      setRoutes([.overview, .pillar(index)])
    case .timeline:
      if let index = routes.firstIndex(of: .timeline) {
        setRoutes(Array(routes[...index]))
      } else {
        push(.timeline)
      }
    case .up, .down, .left, .right:
      move(action)
    case .pageUp, .pageDown, .home, .end:
      guard let geometry = listGeometry(for: route) else { break }
      let position = position(for: route)
      positions[route] =
        switch action {
        case .pageUp: position.paged(-1, in: geometry)
        case .pageDown: position.paged(1, in: geometry)
        case .home: position.movedToStart(in: geometry)
        default: position.movedToEnd(in: geometry)
        }
    }
    normalizePositions()
    return .none
  }

  private mutating func move(_ action: Action) {
    if route == .overview {
      let columns = overviewLayout().columns
      let step =
        switch action {
        case .left: -1
        case .right: 1
        case .up: -columns
        default: columns
        }
      let count = plan.pillars.count
      var position = position(for: .overview)
      position.selected = min(max(0, position.selected + step), max(0, count - 1))
      positions[.overview] = position
      return
    }
    guard let geometry = listGeometry(for: route) else { return }
    let delta = action == .up || action == .left ? -1 : 1
    positions[route] = position(for: route).moved(by: delta, in: geometry)
  }

  /// Drills into the selected item: pillar, sector, commitment, or a meeting of the timeline.
  mutating func openSelection() {
    let selected = position(for: route).selected
    switch route {
    case .overview:
      guard plan.pillars.indices.contains(selected) else { return }
      push(.pillar(selected))
    case .pillar(let index):
      guard plan.pillars.indices.contains(index) else { return }
      let sectors = plan.pillars[index].sectors
      guard sectors.indices.contains(selected) else { return }
      push(.sector(sectors[selected].id))
    case .sector(let id):
      guard let commitments = plan.sector(id: id)?.commitments, commitments.indices.contains(selected) else { return }
      push(.commitment(commitments[selected].id))
    case .timeline:
      let meetings = TimelineScreen.orderedMeetings(schedule)
      guard meetings.indices.contains(selected) else { return }
      push(.meeting(meetings[selected].id))
    case .commitment, .meeting:
      return
    }
  }

  private mutating func handle(_ mouse: MouseEvent) {
    if route == .overview {
      let panes = overviewLayout().panes
      switch mouse.action {
      case .click, .doubleClick:
        guard let index = panes.firstIndex(where: { $0.contains(x: mouse.x, y: mouse.y) }) else { return }
        positions[.overview, default: ListPosition()].selected = index
        if mouse.action == .doubleClick { openSelection() }
      case .wheelUp: move(.left)
      case .wheelDown: move(.right)
      }
      return
    }
    guard let geometry = listGeometry(for: route) else { return }
    let position = position(for: route)
    switch mouse.action {
    case .click, .doubleClick:
      guard let item = geometry.item(atScreenY: mouse.y, x: mouse.x, offset: position.offset) else { return }
      positions[route] = ListPosition(selected: item, offset: position.offset).normalized(in: geometry)
      if mouse.action == .doubleClick { openSelection() }
    case .wheelUp, .wheelDown:
      // A document scrolls a few lines a notch; a list moves its selection one item.
      let step = geometry.isDocument ? 3 : 1
      positions[route] = position.moved(by: mouse.action == .wheelUp ? -step : step, in: geometry)
    }
  }

  /// Keeps every remembered selection inside its list and in view at the current size.
  mutating func normalizePositions() {
    for (route, position) in positions {
      guard let geometry = listGeometry(for: route) else { continue }
      positions[route] = position.normalized(in: geometry)
    }
  }
}
