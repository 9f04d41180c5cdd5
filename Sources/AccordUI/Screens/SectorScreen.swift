import AccordCore
import AccordLocalization

/// A sector's commitments, one row each: id, overdue mark, status glyph and the text cut to
/// the width with an ellipsis.
struct SectorScreen: Screen {
  let place: PlanView.SectorPlace
  /// With its commitments in `order`.
  let sector: Sector
  var order = CommitmentOrder.plan

  static func geometry(body: Rect, commitments: Int) -> ListGeometry {
    ListGeometry(viewport: body.splitTop(2).rest, items: commitments)
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(SectorScreen.geometry(body: ScreenChrome.body(area), commitments: sector.commitments.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let chrome = ScreenChrome(context: context)
    chrome.render(in: layout.area, into: &grid)
    let body = ScreenChrome.body(layout.area)
    chrome.renderSummary(
      glyphs.text(sector.heading(context.writing)),
      detail: glyphs.separator
        + context.writing.localized("%d commitment", plural: "%d commitments", count: sector.commitments.count)
        + order.suffix(glyphs, context.writing),
      summary: context.view.progress(of: place), role: .pillar(place.pillar), in: body.splitTop(1).top, into: &grid)

    let row = CommitmentRow(glyphs: glyphs, today: context.today, commitments: sector.commitments)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { visible, grid in
      guard let item = visible.item else { return }
      row.draw(sector.commitments[item], in: visible.content, into: &grid)
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    sector.commitments.indices.contains(item) ? .commitment(sector.commitments[item].id) : nil
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    sector.commitments.indices.contains(item) ? sector.commitments[item].id + " " + sector.commitments[item].text : nil
  }
}
