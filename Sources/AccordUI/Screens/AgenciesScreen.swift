import AccordCore
import AccordLocalization
import AccordText

/// The bodies the plan names, each with how many commitments it holds and how many of those
/// are overdue: "what has my ministry got to do?". Enter lists the agency's commitments.
struct AgenciesScreen: Screen {
  struct Row: Sendable {
    var name: String
    var held: Int
    var overdue: Int
  }

  let rows: [Row]

  init(agencies: [AgencyIndex.Agency], view: PlanView) {
    rows = agencies.map { agency in
      let overdue = agency.commitments.filter { view.commitment(id: $0)?.isOverdue(on: view.today) == true }.count
      return Row(name: agency.name, held: agency.commitments.count, overdue: overdue)
    }
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(2).rest, items: rows.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let writing = context.writing
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let header = ScreenChrome.body(layout.area).splitTop(1).top
    grid.write(
      " "
        + writing.localized(
          "%d agency the plan names, with the commitments each holds",
          plural: "%d agencies the plan names, with the commitments each holds", count: rows.count), in: header,
      style: Style(.title, [.bold]))
    let figures = 24
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else { return }
      let agency = rows[item]
      let area = row.content
      grid.write(
        TextFit.truncate(
          glyphs.text(context.plan.agencyName(agency.name, writing)), to: max(0, area.width - figures - 1),
          ellipsis: glyphs.ellipsis),
        in: area)
      let held = TextFit.padLeft(writing.localized("%d held", plural: "%d held", count: agency.held), to: 9)
      let overdue =
        agency.overdue > 0
        ? "\(glyphs.overdue) " + writing.localized("%d overdue", plural: "%d overdue", count: agency.overdue)
        : writing.localized("none overdue")
      let x = grid.write(held + "  ", in: area, dx: max(0, area.width - figures), style: Style(.text, [.bold]))
      grid.write(
        overdue, in: area, dx: max(0, area.width - figures) + x,
        style: agency.overdue > 0 ? Style(.statusOverdue, [.bold]) : Style(.dimText))
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    rows.indices.contains(item) ? .agency(rows[item].name) : nil
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    rows.indices.contains(item) ? rows[item].name : nil
  }
}
