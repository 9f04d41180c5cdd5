import AccordCore

extension AppState {
  /// The overview's panes at the current size: clicks and Up/Down use the same rectangles the
  /// screen draws.
  func overviewLayout() -> OverviewScreen.Layout {
    OverviewScreen.layout(in: size.area, pillars: plan.pillars.count)
  }

  /// The list or document of a screen at the current size; nil for the overview, which is a
  /// grid of panes, and for a screen whose pillar, sector, commitment or meeting is missing.
  public func listGeometry(for route: Route) -> ListGeometry? {
    let body = ScreenChrome.body(size.area)
    switch route {
    case .overview:
      return nil
    case .pillar(let index):
      guard plan.pillars.indices.contains(index) else { return nil }
      return PillarScreen.geometry(body: body, sectors: plan.pillars[index].sectors.count)
    case .sector(let id):
      guard let sector = plan.sector(id: id) else { return nil }
      return SectorScreen.geometry(body: body, commitments: sector.commitments.count)
    case .commitment(let id):
      guard let commitment = plan.commitment(id: id) else { return nil }
      let geometry = CommitmentScreen.geometry(body: body, lines: 0)
      let lines = CommitmentScreen.document(commitment, state: self, width: geometry.viewport.width).lines.count
      return CommitmentScreen.geometry(body: body, lines: lines)
    case .timeline:
      return TimelineScreen.geometry(body: body, schedule: schedule)
    case .meeting(let id):
      guard let meeting = plan.meeting(id: id) else { return nil }
      let geometry = MeetingScreen.geometry(body: body, lines: 0)
      let lines = MeetingScreen.document(meeting, state: self, width: geometry.viewport.width).lines.count
      return MeetingScreen.geometry(body: body, lines: lines)
    }
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
      guard plan.pillars.indices.contains(index) else { return false }
      selections[.overview] = index
      stack.append(route)
    case .sector(let id):
      guard let pillar = plan.pillarIndex(ofSector: id),
        let sectorIndex = plan.pillars[pillar].sectors.firstIndex(where: { $0.id == id })
      else { return false }
      selections[.overview] = pillar
      selections[.pillar(pillar)] = sectorIndex
      stack += [.pillar(pillar), route]
    case .commitment(let id):
      guard let sector = plan.sector(ofCommitment: id), show(.sector(sector.id)) else { return false }
      positions[.sector(sector.id), default: ListPosition()].selected =
        sector.commitments.firstIndex { $0.id == id } ?? 0
      push(route)
      normalizePositions()
      return true
    case .timeline:
      stack.append(.timeline)
    case .meeting(let id):
      guard let index = TimelineScreen.orderedMeetings(schedule).firstIndex(where: { $0.id == id }) else { return false }
      selections[.timeline] = index
      stack += [.timeline, route]
    }
    for (route, selected) in selections {
      positions[route, default: ListPosition()].selected = selected
    }
    setRoutes(stack)
    normalizePositions()
    return true
  }
}
