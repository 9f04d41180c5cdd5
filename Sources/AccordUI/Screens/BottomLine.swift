import AccordText

/// A message on the bottom row of the screen, reversed in the warning role: across the whole
/// row (a failed reload), or at the right of an otherwise empty row, as wide as its text (a
/// notice such as the theme `c` chose).
struct BottomLine: Widget {
  enum Placement { case fullWidth, right }

  let text: String
  let placement: Placement

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let row = Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1)
    switch placement {
    case .fullWidth:
      grid.fill(row, style: Style(.warning, .reverse))
      grid.write(" \(text)", in: row, style: Style(.warning, [.reverse, .bold]))
    case .right:
      // The legend under it is cleared: its leftovers read as part of the message ("? no no id").
      grid.fill(row)
      let padded = " \(text) "
      let width = min(row.width, DisplayWidth.of(padded))
      grid.write(padded, x: row.right - width, y: row.y, limit: width, style: Style(.warning, .reverse))
    }
  }
}
