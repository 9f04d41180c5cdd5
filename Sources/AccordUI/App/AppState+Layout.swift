import AccordCore

extension AppState {
  /// What a screen may read: the plan view and the glyphs, and a position.
  func context(position: ListPosition = ListPosition()) -> ScreenContext {
    ScreenContext(
      view: view, glyphs: glyphs, position: position, trail: showingPlans ? [.plans] : routes, kiosk: kiosk != nil,
      plans: showingPlans ? planViews : [], writing: writing)
  }

  /// The layout of `route` at `size`: the one kept in `frame` when it is for the same route,
  /// size, plan view and display, else computed afresh.
  func layout(for route: Route, size: TerminalSize) -> ScreenLayout {
    let key = ScreenLayout.Key(
      route: route, size: size, generation: viewGeneration, ascii: options.ascii, kiosk: kiosk != nil,
      order: commitmentOrder, language: writing.language)
    if let frame, frame.key == key { return frame }
    var area = size.area
    var band: Rect?
    if kiosk != nil {
      let (top, page) = area.splitTop(KioskBand.height(for: size))
      band = top
      area = page
    }
    let screen = route.screen(in: view, order: commitmentOrder)
    var filterBand: Rect?
    var liftedHeader = 0
    if kiosk == nil && !filters.isEmpty {
      // The screen is laid out a row lower and its header drawn back up, so the line that says
      // which filters are on sits directly under the header and the body keeps its shape.
      area = area.splitTop(1).rest
      liftedHeader = min(screen?.headerRows ?? 1, area.height)
      filterBand = Rect(x: area.x, y: area.y + liftedHeader - 1, width: area.width, height: 1)
    }
    return ScreenLayout(
      key: key, band: band, filterBand: filterBand, liftedHeader: liftedHeader, area: area, screen: screen,
      body: screen?.layout(in: area, context: context()) ?? .none)
  }

  /// The current screen's layout at the current size.
  var layout: ScreenLayout { layout(for: route, size: size) }

  /// The list or document of a screen at the current size; nil for the overview, which is a
  /// grid of panes, and for a screen whose pillar, sector, commitment or meeting is missing.
  public func listGeometry(for route: Route) -> ListGeometry? { layout(for: route, size: size).list }

  /// Brings the state to rest after a change, the one place this happens: forgets the
  /// positions of screens no longer on the stack, lays the current screen out (kept in
  /// `frame` for the next events and the frame drawn) and keeps its selection in view.
  mutating func settle() {
    // The plans screen is no plan's screen: its selection stays while plans are opened.
    if positions.keys.contains(where: { !routes.contains($0) && $0 != .plans }) {
      positions = positions.filter { routes.contains($0.key) || $0.key == .plans }
    }
    let layout = self.layout
    frame = layout
    if let position = positions[route] { positions[route] = layout.normalized(position) }
  }

  /// Opens `route` as if the user had drilled down to it from the overview, so the selections
  /// along the way point at it and Back walks up the same path. False when the pillar, sector,
  /// commitment or meeting does not exist (the state is then unchanged).
  @discardableResult
  public mutating func show(_ route: Route) -> Bool {
    var stack: [Route] = [.overview]
    var selections: [Route: Int] = [:]
    switch route {
    case .overview:
      break
    case .pillar(let index):
      guard view.pillars.indices.contains(index) else { return false }
      selections[.overview] = index
      stack.append(route)
    case .sector(let id):
      guard let place = view.place(ofSector: id) else { return false }
      selections[.overview] = place.pillar
      selections[.pillar(place.pillar)] = place.sector
      stack += [.pillar(place.pillar), route]
    case .commitment(let id):
      guard let place = view.place(ofCommitment: id) else { return false }
      let sector = Route.sector(view.sector(place.sector).id)
      selections[.overview] = place.sector.pillar
      selections[.pillar(place.sector.pillar)] = place.sector.sector
      // Its row in the sector's list as sorted now.
      let rows = commitmentOrder.sorted(view.sector(place.sector).commitments, on: today)
      selections[sector] = rows.firstIndex { $0.id == id } ?? place.commitment
      stack += [.pillar(place.sector.pillar), sector, route]
    case .timeline:
      stack.append(.timeline)
    case .meeting(let id):
      guard let index = view.timelineIndex(ofMeeting: id) else { return false }
      selections[.timeline] = index
      stack += [.timeline, route]
    case .commitmentsOf(let meeting):
      // Shown as reached: from the meeting, so the breadcrumb and Esc lead back through it.
      return showAbove(.meeting(meeting), route)
    case .meetingsOf(let commitment):
      return showAbove(.commitment(commitment), route)
    case .agency(let name):
      selections[.agencies] = view.finding.agencies.agencies.firstIndex { $0.name == name } ?? 0
      guard route.screen(in: view, order: commitmentOrder) != nil else { return false }
      stack += [.agencies, route]
    case .search, .agencies, .watchlist, .updates:
      guard route.screen(in: view, order: commitmentOrder) != nil else { return false }
      stack.append(route)
    case .plans:
      showPlans()
      settle()
      return true
    }
    for (route, selected) in selections {
      positions[route, default: ListPosition()].selected = selected
    }
    setRoutes(stack)
    settle()
    return true
  }

  /// `route` opened from `below`, shown first.
  private mutating func showAbove(_ below: Route, _ route: Route) -> Bool {
    guard route.screen(in: view, order: commitmentOrder) != nil, show(below) else { return false }
    push(route)
    settle()
    return true
  }
}
