import AccordLocalization
import AccordText

/// What shows when the terminal is below the smallest usable size: the size it has and the size
/// it needs, wrapped and cut to whatever fits, down to a single cell.
struct TooSmallScreen: Widget {
  let size: TerminalSize
  let minimum: TerminalSize
  var writing = Writing.english

  var message: String {
    Template.fill(
      writing.localized("terminal too small: %1$s, needs at least %2$s"),
      [writing.digits("\(size.width)x\(size.height)"), writing.digits("\(minimum.width)x\(minimum.height)")])
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    for (row, line) in TextWrap.lines(message, width: area.width).prefix(area.height).enumerated() {
      grid.write(line, in: area, dy: row, style: Style(.warning, [.bold]))
    }
  }
}
