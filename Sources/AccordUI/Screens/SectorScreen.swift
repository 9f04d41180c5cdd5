import AccordCore

/// A sector's commitments, one row each: id, overdue mark, status glyph and the text cut to
/// the width with an ellipsis.
struct SectorScreen: Widget {
  let state: AppState
  let id: String

  static func geometry(body: Rect, commitments: Int) -> ListGeometry {
    ListGeometry(viewport: body.splitTop(2).rest, items: commitments)
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    let plan = state.plan
    guard let sector = plan.sector(id: id) else { return }
    let glyphs = state.glyphs
    let pillarIndex = plan.pillarIndex(ofSector: id) ?? 0
    let pillar = plan.pillars[pillarIndex]
    ScreenChrome(state: state).render(
      crumbs: ["Overview", "\(pillar.id) \(pillar.name)", "\(sector.id) \(sector.name)"], in: area, into: &grid)
    let body = ScreenChrome.body(area)
    let summary = ProgressSummary(sector: sector, on: state.today)
    ScreenChrome(state: state).renderSummary(
      "\(glyphs.text("\(sector.id) \(sector.name)"))\(glyphs.separator)\(counted(sector.commitments.count, "commitment"))",
      summary: summary, role: .pillar(pillarIndex), in: body.splitTop(1).top, into: &grid)

    let geometry = SectorScreen.geometry(body: body, commitments: sector.commitments.count)
    let idWidth = sector.commitments.map { DisplayWidth.of(glyphs.text($0.id)) }.max() ?? 0
    let markWidth = DisplayWidth.of(glyphs.overdue)
    let statusWidth = DisplayWidth.of(glyphs.status(.done))
    let list = ListView(geometry: geometry, position: state.position(for: .sector(id)), glyphs: glyphs)
    list.renderMarkers(into: &grid)
    for row in list.visibleRows {
      guard let item = row.item else { continue }
      let commitment = sector.commitments[item]
      let isOverdue = commitment.isOverdue(on: state.today)
      let area = row.content
      var dx = grid.write(TextFit.pad(glyphs.text(commitment.id), to: idWidth), in: area, style: Style(.text, [.bold])) + 1
      dx += grid.write(
        isOverdue ? glyphs.overdue : String(repeating: " ", count: markWidth), in: area, dx: dx,
        style: Style(.statusOverdue, [.bold])) + 1
      dx += grid.write(glyphs.status(commitment.status), in: area, dx: dx, style: Style(.status(commitment.status), [.bold]))
      dx += statusWidth - DisplayWidth.of(glyphs.status(commitment.status)) + 1
      let text = TextFit.truncate(glyphs.text(commitment.text), to: area.width - dx, ellipsis: glyphs.ellipsis)
      grid.write(text, in: area, dx: dx)
    }
    list.highlight(into: &grid)
  }
}
