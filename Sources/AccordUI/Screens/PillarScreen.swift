import AccordCore
import AccordLocalization
import AccordText

/// A pillar's sectors, one row each: number, name, a gauge of deliverables done and the counts
/// by status (glyphs over the columns, labels in the footer).
struct PillarScreen: Screen {
  let index: Int
  let facts: PillarView

  /// The list below the pillar's summary line and the column headings.
  static func geometry(body: Rect, sectors: Int) -> ListGeometry {
    ListGeometry(viewport: body.splitTop(3).rest, items: sectors)
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(PillarScreen.geometry(body: ScreenChrome.body(area), sectors: facts.pillar.sectors.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let pillar = facts.pillar
    let glyphs = context.glyphs
    let chrome = ScreenChrome(context: context)
    chrome.render(in: layout.area, into: &grid)
    let body = ScreenChrome.body(layout.area)
    chrome.renderSummary(
      glyphs.text(pillar.heading(context.writing)),
      detail: glyphs.separator
        + context.writing.localized("%d sector", plural: "%d sectors", count: pillar.sectors.count),
      summary: facts.progress, role: .pillar(index), in: body.splitTop(1).top, into: &grid)
    let longest = pillar.sectors.map { DisplayWidth.of(glyphs.text($0.heading(context.writing))) }.max() ?? 0
    let columns = SectorRowColumns(
      width: geometry.viewport.width - 2, glyphs: glyphs, longestName: longest, writing: context.writing)
    if body.height >= 3 {
      let heading = Rect(x: body.x + 2, y: body.y + 2, width: body.width - 2, height: 1)
      columns.renderHeading(in: heading, into: &grid)
    }
    ListView(geometry: geometry, position: context.position, glyphs: glyphs, marksSelection: !context.kiosk).render(
      into: &grid
    ) { row, grid in
      guard let item = row.item else { return }
      columns.render(pillar.sectors[item], summary: facts.sectorProgress[item], in: row.content, into: &grid)
    }
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    let sectors = facts.pillar.sectors
    return sectors.indices.contains(item) ? sectors[item].id + " " + sectors[item].name : nil
  }
}

/// The columns of a sector row, narrowed to fit: the counts go first, then the gauge.
struct SectorRowColumns {
  let width: Int
  let glyphs: Glyphs
  /// The widest name in the list: on a wide screen the figures stand next to the names.
  var longestName = Int.max
  var writing = Writing.english

  var counts: StatusColumns { StatusColumns(glyphs: glyphs, writing: writing) }
  static let minimumName = 20
  var gaugeWidth: Int { width >= 100 ? 28 : width >= SectorRowColumns.minimumName + 20 ? 20 : 0 }
  var showsCounts: Bool { width >= SectorRowColumns.minimumName + 20 + counts.width + 1 }
  var nameWidth: Int { min(longestName + 2, max(0, width - gaugeWidth - (showsCounts ? counts.width : 0) - 1)) }

  func renderHeading(in area: Rect, into grid: inout CellGrid) {
    grid.write(writing.localized("Sector"), in: area, style: Style(.dimText, [.bold]))
    if gaugeWidth > 0 {
      grid.write(writing.localized("Deliverables done"), in: area, dx: nameWidth + 1, style: Style(.dimText, [.bold]))
    }
    if showsCounts {
      grid.write(counts.header, in: area, dx: nameWidth + 1 + gaugeWidth, style: Style(.dimText, [.bold]))
    }
  }

  func render(_ sector: Sector, summary: ProgressSummary, in area: Rect, into grid: inout CellGrid) {
    let name = TextFit.truncate(glyphs.text(sector.heading(writing)), to: nameWidth, ellipsis: glyphs.ellipsis)
    grid.write(name, in: area)
    if gaugeWidth > 0 {
      var gauge = Gauge.deliverables(summary, glyphs: glyphs, writing: writing)
      // Figures of one width keep the bars of every row the same length.
      if gauge.hasData { gauge.label = TextFit.padLeft(gauge.label, to: 9) }
      grid.draw(gauge, in: Rect(x: area.x + nameWidth + 1, y: area.y, width: gaugeWidth - 1, height: 1))
    }
    if showsCounts {
      grid.write(counts.row(summary), in: area, dx: nameWidth + 1 + gaugeWidth)
    }
  }
}

extension PillarScreen {
  /// Enter opens the selected sector.
  func destination(of item: Int, context: ScreenContext) -> Route? {
    guard context.plan.pillars.indices.contains(index) else { return nil }
    let sectors = context.plan.pillars[index].sectors
    return sectors.indices.contains(item) ? .sector(sectors[item].id) : nil
  }
}
