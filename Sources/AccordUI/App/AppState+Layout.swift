import AccordCore

extension AppState {
  /// What a screen may read: the plan view and the glyphs, and a position.
  func context(position: ListPosition = ListPosition()) -> ScreenContext {
    ScreenContext(
      view: view, glyphs: glyphs, position: position, trail: showingPlans ? [.plans] : routes, kiosk: kiosk != nil,
      plans: showingPlans || sessions.count > 1 ? planViews : [],
      writing: writing)
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
    let screen = route.screen(in: view, order: commitmentOrder, open: route.spansPlans ? openPlans : nil)
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

  /// Every open plan, for the lists that span them; nil with one plan and in the kiosk, which
  /// turns each plan's own pages.
  var openPlans: OpenPlans? {
    sessions.count > 1 && kiosk == nil ? OpenPlans(views: planViews, shown: activePlan) : nil
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
  /// along the way point at it and Back walks up the same path (`Route.path`). False when the
  /// pillar, sector, commitment or meeting does not exist (the state is then unchanged).
  @discardableResult
  public mutating func show(_ route: Route) -> Bool {
    if route == .plans {
      showPlans()
    } else {
      guard let path = route.path(in: view, order: commitmentOrder) else { return false }
      setRoutes(path.stack)
      for (route, selected) in path.selections {
        positions[route, default: ListPosition()].selected = item(selected, ofPlanShownOn: route)
      }
    }
    settle()
    return true
  }

  /// An item of the plan shown's own list on `route` (what `Route.path` selects) in that list
  /// as laid out: the same with one plan; its row among every plan's when the list spans them.
  private func item(_ item: Int, ofPlanShownOn route: Route) -> Int {
    guard route.spansPlans, openPlans != nil, let own = route.screen(in: view, order: commitmentOrder),
      let identity = own.identity(of: item, context: context())
    else { return item }
    let layout = layout(for: route, size: size)
    let items = layout.list?.itemCount ?? 0
    return (0..<items).first { layout.screen?.identity(of: $0, context: context()) == identity } ?? item
  }
}
