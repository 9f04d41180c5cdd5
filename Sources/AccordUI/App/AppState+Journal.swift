import AccordCore

extension AppState {
  /// The journal's updates merged into the plan file, seen on the same day with the same
  /// filters, on the same screen, each list's selection on the same item. A view built before
  /// the day or the filters last changed is seen anew; a merge made before the plan file last
  /// reloaded is made again on the new one.
  public mutating func loadJournal(_ built: PlanView) {
    let next =
      built.planFile != view.planFile
      ? PlanView(plan: view.planFile, updates: built.updates, today: today, filters: filters)
      : built.today == today && built.filters == filters ? built : built.seen(on: today, filters: filters)
    keepingSelections { $0.view = next }
  }

  /// Makes a new plan view with `change`, then selects in each list on the stack the item that
  /// was selected before, wherever its row went (a meeting reported held moves to the past, a
  /// new update comes first), on the same line of the screen.
  mutating func keepingSelections(_ change: (inout AppState) -> Void) {
    let kept = routes.compactMap { route -> (route: Route, identity: String, line: Int)? in
      guard let position = positions[route] else { return nil }
      let layout = layout(for: route, size: size)
      guard let identity = identity(of: position.selected, on: route, in: layout) else { return nil }
      return (route, identity, (layout.list?.row(ofItem: position.selected) ?? 0) - position.offset)
    }
    change(&self)
    for (route, identity, line) in kept {
      let layout = layout(for: route, size: size)
      guard let list = layout.list,
        let item = (0..<list.itemCount).first(where: { self.identity(of: $0, on: route, in: layout) == identity })
      else { continue }
      positions[route] = ListPosition(selected: item, offset: (list.row(ofItem: item) ?? 0) - line)
    }
  }

  /// What an item of a list stands for, the same before and after its row moves; nil where
  /// the rows cannot move (the overview's panes) or nothing is selected (a document).
  private func identity(of item: Int, on route: Route, in layout: ScreenLayout) -> String? {
    layout.screen?.identity(of: item, context: context())
  }
}

extension AppState {
  /// The updates recorded in the last week (`U`).
  mutating func openRecentUpdates() {
    if case .updates = route { return }
    setRoutes(routes.filter { if case .updates = $0 { false } else { true } })
    push(.recentUpdates(asOf: today))
  }

  /// The recent updates from a week earlier or later, never after today.
  mutating func moveRecentUpdates(weeks: Int) {
    guard case .updates(let since) = route else { return }
    let moved = since.adding(days: weeks * RecentUpdatesScreen.week)
    guard moved <= today else { return }
    pop()
    push(.updates(since: moved))
  }
}

extension Route {
  /// The updates recorded in the week before `today`, and today's.
  public static func recentUpdates(asOf today: Day) -> Route {
    .updates(since: today.adding(days: -RecentUpdatesScreen.week))
  }
}
