extension AppState {
  /// The screen for this state at a size. Pure: the same state and size draw the same grid.
  public func render(width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    let size = TerminalSize(width: width, height: height)
    guard size.fits(AppState.minimumSize) else {
      grid.draw(TooSmallScreen(size: size, minimum: AppState.minimumSize), in: grid.area)
      return grid
    }
    var state = self
    // Lay lists out for the size being drawn, which may not be the one last reported.
    if state.size != size {
      state.size = size
      state.normalizePositions()
    }
    var area = grid.area
    if let kiosk {
      let (band, page) = area.splitTop(KioskBand.height(for: size))
      grid.draw(KioskBand(state: state, kiosk: kiosk), in: band)
      area = page
      if kiosk.page == .watchlist {
        grid.draw(WatchlistScreen(state: state), in: area)
        return grid
      }
    }
    switch route {
    case .overview: grid.draw(OverviewScreen(state: state), in: area)
    case .pillar(let index): grid.draw(PillarScreen(state: state, index: index), in: area)
    case .sector(let id): grid.draw(SectorScreen(state: state, id: id), in: area)
    case .commitment(let id): grid.draw(CommitmentScreen(state: state, id: id), in: area)
    case .timeline: grid.draw(TimelineScreen(state: state), in: area)
    case .meeting(let id): grid.draw(MeetingScreen(state: state, id: id), in: area)
    }
    if helpOpen { grid.draw(HelpOverlay(route: route, glyphs: glyphs), in: area) }
    if let reloadProblem {
      // Stays until the file is fixed: the screen shows the last good data meanwhile.
      let row = Rect(x: 0, y: area.bottom - 1, width: area.width, height: 1)
      grid.fill(row, style: Style(.warning, .reverse))
      grid.write(" reload failed (last good data shown): \(reloadProblem)", in: row, style: Style(.warning, [.reverse, .bold]))
    }
    if let notice {
      // Bottom right, over whatever is there, until the next key.
      let text = " \(notice) "
      let width = min(area.width, DisplayWidth.of(text))
      grid.write(text, x: area.width - width, y: area.height - 1, limit: width, style: Style(.warning, .reverse))
    }
    return grid
  }
}
