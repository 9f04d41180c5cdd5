import AccordLocalization
import AccordText

/// The line being typed, on the bottom row of the screen (`/query`, `:16.3`), with the ids
/// `:` would complete to on the row above it.
struct PromptLine: Widget {
  let prompt: Prompt
  let completions: [String]
  let glyphs: Glyphs
  var writing = Writing.english

  func render(in area: Rect, into grid: inout CellGrid) {
    guard area.height >= 2 else { return }
    let row = Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1)
    grid.fill(row, style: Style(.header))
    let hint =
      "  "
      + (prompt.kind == .search
        ? writing.localized("Enter opens  Esc clears") : writing.localized("Tab completes  Enter goes  Esc cancels"))
    let text = glyphs.text(prompt.text)
    let room = max(0, row.width - 2 - DisplayWidth.of(hint))
    // The end of a long line stays in view, where the typing is.
    let shown = DisplayWidth.of(text) > room ? String(text.suffix(max(0, room - 1))) : text
    let x = grid.write(prompt.kind.lead + shown + "_", in: row, style: Style(.header, [.bold]))
    if x + DisplayWidth.of(hint) <= row.width { grid.writeRight(hint, in: row, style: Style(.header)) }
    guard !completions.isEmpty else { return }
    let above = Rect(x: area.x, y: area.bottom - 2, width: area.width, height: 1)
    grid.fill(above, style: Style(.dimText))
    grid.write(" " + completions.map(glyphs.text).joined(separator: "  "), in: above, style: Style(.dimText, [.bold]))
  }
}
