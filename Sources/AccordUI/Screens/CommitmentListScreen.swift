import AccordCore
import AccordLocalization
import AccordText

/// Commitments from anywhere in the plan: an agency's, or a meeting's. Enter opens one.
struct CommitmentListScreen: Screen {
  /// An agency's name, or a meeting's title (`ofMeeting`), which the heading says in words.
  let heading: String
  /// In `order`.
  let commitments: [Commitment]
  var order = CommitmentOrder.plan
  var ofMeeting = false

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(2).rest, items: commitments.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let header = ScreenChrome.body(layout.area).splitTop(1).top
    let overdue = commitments.filter { $0.isOverdue(on: context.today) }.count
    // A long name is cut, never the figures after it.
    let writing = context.writing
    let count =
      glyphs.separator + writing.localized("%d commitment", plural: "%d commitments", count: commitments.count)
      + order.suffix(glyphs, writing)
    let late =
      overdue > 0 ? "  \(glyphs.overdue) " + writing.localized("%d overdue", plural: "%d overdue", count: overdue) : ""
    let room = max(0, header.width - 1 - DisplayWidth.of(count) - DisplayWidth.of(late))
    var x = grid.write(
      " "
        + TextFit.truncate(
          glyphs.text(
            ofMeeting
              ? Template.fill(writing.localized("Commitments of %1$s"), [heading])
              : context.plan.agencyName(heading, writing)),
          to: room, ellipsis: glyphs.ellipsis), in: header,
      style: Style(.title, [.bold]))
    x += grid.write(count, in: header, dx: x, style: Style(.title, [.bold]))
    grid.write(late, in: header, dx: x, style: Style(.statusOverdue, [.bold]))
    if commitments.isEmpty {
      grid.write(writing.localized("none linked"), in: geometry.viewport, dx: 2, style: Style(.dimText))
    }
    let row = CommitmentRow(glyphs: glyphs, today: context.today, commitments: commitments)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { visible, grid in
      guard let item = visible.item else { return }
      row.draw(commitments[item], in: visible.content, into: &grid)
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    commitments.indices.contains(item) ? .commitment(commitments[item].id) : nil
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    commitments.indices.contains(item) ? commitments[item].id + " " + commitments[item].text : nil
  }
}
