import AccordCore

/// A sector's commitments, one row each: id, overdue mark, status glyph and the text cut to
/// the width with an ellipsis.
struct SectorScreen: Screen {
  let place: PlanView.SectorPlace
  let sector: Sector

  static func geometry(body: Rect, commitments: Int) -> ListGeometry {
    ListGeometry(viewport: body.splitTop(2).rest, items: commitments)
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(SectorScreen.geometry(body: ScreenChrome.body(area), commitments: sector.commitments.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let pillar = context.plan.pillars[place.pillar]
    let chrome = ScreenChrome(context: context)
    chrome.render(crumbs: ["Overview", "\(pillar.id) \(pillar.name)", "\(sector.id) \(sector.name)"], in: layout.area, into: &grid)
    let body = ScreenChrome.body(layout.area)
    chrome.renderSummary(
      "\(glyphs.text("\(sector.id) \(sector.name)"))\(glyphs.separator)\(counted(sector.commitments.count, "commitment"))",
      summary: context.view.progress(of: place), role: .pillar(place.pillar), in: body.splitTop(1).top, into: &grid)

    let idWidth = sector.commitments.map { DisplayWidth.of(glyphs.text($0.id)) }.max() ?? 0
    let markWidth = DisplayWidth.of(glyphs.overdue)
    let statusWidth = DisplayWidth.of(glyphs.status(.done))
    let today = context.today
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else { return }
      let commitment = sector.commitments[item]
      let area = row.content
      var dx = grid.write(TextFit.pad(glyphs.text(commitment.id), to: idWidth), in: area, style: Style(.text, [.bold])) + 1
      dx += grid.write(
        commitment.isOverdue(on: today) ? glyphs.overdue : String(repeating: " ", count: markWidth), in: area, dx: dx,
        style: Style(.statusOverdue, [.bold])) + 1
      dx += grid.write(glyphs.status(commitment.status), in: area, dx: dx, style: Style(.status(commitment.status), [.bold]))
      dx += statusWidth - DisplayWidth.of(glyphs.status(commitment.status)) + 1
      let text = TextFit.truncate(glyphs.text(commitment.text), to: area.width - dx, ellipsis: glyphs.ellipsis)
      grid.write(text, in: area, dx: dx)
    }
  }
}
