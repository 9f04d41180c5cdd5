import AccordCore

/// One commitment on a row of a list: id, overdue mark, status glyph, the text cut to the
/// width, and the matched words of a search highlighted.
struct CommitmentRow {
  let glyphs: Glyphs
  let today: Day
  let idWidth: Int

  init(glyphs: Glyphs, today: Day, commitments: [Commitment]) {
    self.glyphs = glyphs
    self.today = today
    idWidth = commitments.map { DisplayWidth.of(glyphs.text($0.id)) }.max() ?? 0
  }

  func draw(_ commitment: Commitment, in area: Rect, into grid: inout CellGrid) {
    let markWidth = DisplayWidth.of(glyphs.overdue)
    let statusWidth = DisplayWidth.of(glyphs.status(.done))
    var dx = grid.write(TextFit.pad(glyphs.text(commitment.id), to: idWidth), in: area, style: Style(.text, [.bold])) + 1
    dx += grid.write(
      commitment.isOverdue(on: today) ? glyphs.overdue : String(repeating: " ", count: markWidth), in: area, dx: dx,
      style: Style(.statusOverdue, [.bold])) + 1
    dx += grid.write(glyphs.status(commitment.status), in: area, dx: dx, style: Style(.status(commitment.status), [.bold]))
    dx += statusWidth - DisplayWidth.of(glyphs.status(commitment.status)) + 1
    grid.write(TextFit.truncate(glyphs.text(commitment.text), to: area.width - dx, ellipsis: glyphs.ellipsis), in: area, dx: dx)
  }
}

/// Text with the parts that match a query drawn underlined and bold, so a search shows why
/// each result is there without relying on colour.
struct HighlightedText {
  let text: String
  let query: String
  let glyphs: Glyphs

  /// Writes the text cut to the area's width from `dx`; returns the columns written.
  @discardableResult
  func draw(in area: Rect, dx: Int, style: Style = .text, into grid: inout CellGrid) -> Int {
    let shown = TextFit.truncate(glyphs.text(text), to: max(0, area.width - dx), ellipsis: glyphs.ellipsis)
    var x = dx
    var index = shown.startIndex
    for range in SearchFolding.ranges(of: query, in: shown) {
      x += grid.write(String(shown[index..<range.lowerBound]), in: area, dx: x, style: style)
      x += grid.write(String(shown[range]), in: area, dx: x, style: Style(.title, [.bold, .underline]))
      index = range.upperBound
    }
    x += grid.write(String(shown[index...]), in: area, dx: x, style: style)
    return x - dx
  }
}
