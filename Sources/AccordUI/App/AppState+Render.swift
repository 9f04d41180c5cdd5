import AccordLocalization
import AccordText

extension AppState {
  /// The screen for this state at a size. Pure: the same state and size draw the same grid.
  public func render(width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    let size = TerminalSize(width: width, height: height)
    guard size.fits(AppState.minimumSize) else {
      grid.draw(TooSmallScreen(size: size, minimum: AppState.minimumSize, writing: writing), in: grid.area)
      return grid
    }
    // The layout `update` used, unless this size is not the one last reported.
    let layout = layout(for: route, size: size)
    let context = context(position: layout.normalized(position(for: route)))
    if let kiosk, let band = layout.band {
      grid.draw(KioskBand(context: context, kiosk: kiosk, now: now), in: band)
      if kiosk.page == .watchlist {
        grid.draw(WatchlistScreen(context: context), in: layout.area)
        return grid
      }
    }
    layout.screen?.render(layout, context: context, into: &grid)
    if let band = layout.filterBand, let summary = filterSummary {
      grid.moveRows(layout.area.y..<layout.area.y + layout.liftedHeader, by: -1)
      grid.draw(FilterLine(summary: summary, glyphs: glyphs, writing: writing), in: band)
    }
    for overlay in overlays { grid.draw(overlay, in: layout.area) }
    return grid
  }

  /// The bottom line while the journal's first read runs.
  public static let journalReadingNotice = Writing.english.localized("reading the journal...")

  /// What is drawn over the screen, lowest first. Adding an overlay: a widget, and a line here
  /// saying when it shows.
  var overlays: [any Widget] {
    var list: [any Widget] = []
    if filterMenuOpen {
      list.append(
        FilterMenu(
          filters: filters, pillarNames: view.source.pillars.map { $0.heading(writing) }, glyphs: glyphs,
          writing: writing))
    }
    if let choicePicker { list.append(ChoicePickerBox(picker: choicePicker, glyphs: glyphs, writing: writing)) }
    if helpOpen {
      list.append(
        HelpOverlay(
          route: route, glyphs: glyphs, pillars: plan.pillars.count, plans: planViews.count, writing: writing))
    }
    // Stays until the file is fixed: the screen shows the last good data meanwhile.
    if let reloadProblem {
      let text = Template.fill(writing.localized("reload failed (last good data shown): %1$s"), [reloadProblem])
      list.append(BottomLine(text: text, placement: .fullWidth))
    } else if let journalProblem {
      let text = Template.fill(
        writing.localized("journal unreadable (last updates shown): %1$s"), [journalProblem.message(in: writing)])
      list.append(BottomLine(text: text, placement: .fullWidth))
    } else if journalReading {
      list.append(BottomLine(text: writing.localized(AppState.journalReadingNotice), placement: .right))
    }
    // Bottom right, over whatever is there, until the next key.
    if let prompt {
      list.append(PromptLine(prompt: prompt, completions: goToCompletions, glyphs: glyphs, writing: writing))
    }
    if let updateForm { list.append(UpdateFormOverlay(form: updateForm, glyphs: glyphs, writing: writing)) }
    if let notice { list.append(BottomLine(text: notice, placement: .right)) }
    return list
  }
}
