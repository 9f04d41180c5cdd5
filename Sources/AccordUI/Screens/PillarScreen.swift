import AccordCore

/// A pillar's sectors, one row each: number, name, a gauge of deliverables done and the counts
/// by status (glyphs over the columns, labels in the footer).
struct PillarScreen: Widget {
  let state: AppState
  let index: Int

  var pillar: Pillar? { state.plan.pillars.indices.contains(index) ? state.plan.pillars[index] : nil }

  /// The list below the pillar's summary line and the column headings.
  static func geometry(body: Rect, sectors: Int) -> ListGeometry {
    ListGeometry(viewport: body.splitTop(3).rest, items: sectors)
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard let pillar else { return }
    let glyphs = state.glyphs
    let chrome = ScreenChrome(state: state)
    chrome.render(crumbs: ["Overview", "\(pillar.id) \(pillar.name)"], in: area, into: &grid)
    let body = ScreenChrome.body(area)
    let summary = ProgressSummary(pillar: pillar, on: state.today)
    chrome.renderSummary(
      "\(glyphs.text("\(pillar.id) \(pillar.name)"))\(glyphs.separator)\(counted(pillar.sectors.count, "sector"))", summary: summary,
      role: .pillar(index), in: body.splitTop(1).top, into: &grid)
    let geometry = PillarScreen.geometry(body: body, sectors: pillar.sectors.count)
    let columns = SectorRowColumns(width: geometry.viewport.width - 2, glyphs: glyphs)
    if body.height >= 3 {
      let heading = Rect(x: body.x + 2, y: body.y + 2, width: body.width - 2, height: 1)
      columns.renderHeading(in: heading, into: &grid)
    }
    let list = ListView(geometry: geometry, position: state.position(for: .pillar(index)), glyphs: glyphs)
    list.renderMarkers(into: &grid)
    for row in list.visibleRows {
      guard let item = row.item else { continue }
      let sector = pillar.sectors[item]
      columns.render(sector, summary: ProgressSummary(sector: sector, on: state.today), in: row.content, into: &grid)
    }
    list.highlight(into: &grid)
  }
}

/// The columns of a sector row, narrowed to fit: the counts go first, then the gauge.
struct SectorRowColumns {
  let width: Int
  let glyphs: Glyphs

  var counts: StatusColumns { StatusColumns(glyphs: glyphs) }
  static let minimumName = 20
  var gaugeWidth: Int { width >= 100 ? 28 : width >= SectorRowColumns.minimumName + 20 ? 20 : 0 }
  var showsCounts: Bool { width >= SectorRowColumns.minimumName + 20 + counts.width + 1 }
  var nameWidth: Int { max(0, width - gaugeWidth - (showsCounts ? counts.width : 0) - 1) }

  func renderHeading(in area: Rect, into grid: inout CellGrid) {
    grid.write("Sector", in: area, style: Style(.dimText, [.bold]))
    if gaugeWidth > 0 { grid.write("Deliverables done", in: area, dx: nameWidth + 1, style: Style(.dimText, [.bold])) }
    if showsCounts { grid.write(counts.header, in: area, dx: nameWidth + 1 + gaugeWidth, style: Style(.dimText, [.bold])) }
  }

  func render(_ sector: Sector, summary: ProgressSummary, in area: Rect, into grid: inout CellGrid) {
    let name = TextFit.truncate(glyphs.text("\(sector.id) \(sector.name)"), to: nameWidth, ellipsis: glyphs.ellipsis)
    grid.write(name, in: area)
    if gaugeWidth > 0 {
      var gauge = Gauge.deliverables(summary, glyphs: glyphs)
      // Figures of one width keep the bars of every row the same length.
      if gauge.hasData { gauge.label = TextFit.padLeft(gauge.label, to: 9) }
      grid.draw(gauge, in: Rect(x: area.x + nameWidth + 1, y: area.y, width: gaugeWidth - 1, height: 1))
    }
    if showsCounts {
      grid.write(counts.row(summary), in: area, dx: nameWidth + 1 + gaugeWidth)
    }
  }
}
