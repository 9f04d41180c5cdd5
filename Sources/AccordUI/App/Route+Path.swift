import AccordCore

extension Route {
  /// The screens from the overview to this one, as if drilled down to, with the item selected
  /// on each that leads to the next; nil when what it names is not in the plan.
  func path(in view: PlanView, order: CommitmentOrder) -> (stack: [Route], selections: [Route: Int])? {
    var stack: [Route] = [.overview]
    var selections: [Route: Int] = [:]
    switch self {
    case .overview:
      break
    case .pillar(let index):
      guard view.pillars.indices.contains(index) else { return nil }
      selections[.overview] = index
      stack.append(self)
    case .sector(let id):
      guard let place = view.place(ofSector: id) else { return nil }
      selections[.overview] = place.pillar
      selections[.pillar(place.pillar)] = place.sector
      stack += [.pillar(place.pillar), self]
    case .commitment(let id):
      guard let place = view.place(ofCommitment: id) else { return nil }
      let sector = Route.sector(view.sector(place.sector).id)
      selections[.overview] = place.sector.pillar
      selections[.pillar(place.sector.pillar)] = place.sector.sector
      // Its row in the sector's list as sorted now.
      let rows = order.sorted(view.sector(place.sector).commitments, on: view.today)
      selections[sector] = rows.firstIndex { $0.id == id } ?? place.commitment
      stack += [.pillar(place.sector.pillar), sector, self]
    case .timeline:
      stack.append(.timeline)
    case .meeting(let id):
      guard let index = view.timelineIndex(ofMeeting: id) else { return nil }
      selections[.timeline] = index
      stack += [.timeline, self]
    case .commitmentsOf(let meeting):
      // Shown as reached: from the meeting, so the breadcrumb and Esc lead back through it.
      return above(.meeting(meeting), in: view, order: order)
    case .meetingsOf(let commitment):
      return above(.commitment(commitment), in: view, order: order)
    case .agency(let name):
      selections[.agencies] = view.finding.agencies.agencies.firstIndex { $0.name == name } ?? 0
      guard screen(in: view, order: order) != nil else { return nil }
      stack += [.agencies, self]
    case .search, .agencies, .watchlist, .updates:
      guard screen(in: view, order: order) != nil else { return nil }
      stack.append(self)
    case .plans:
      // Not part of any plan's stack: `AppState.show` shows it over them.
      return nil
    }
    return (stack, selections)
  }

  /// This screen opened from `below`, whose path comes first.
  private func above(_ below: Route, in view: PlanView, order: CommitmentOrder) -> (
    stack: [Route], selections: [Route: Int]
  )? {
    guard screen(in: view, order: order) != nil, let path = below.path(in: view, order: order) else { return nil }
    return (path.stack + [self], path.selections)
  }
}
