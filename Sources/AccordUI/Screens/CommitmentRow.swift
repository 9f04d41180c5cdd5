import AccordCore
import AccordText

/// One commitment on a row of a list: id, overdue mark, the reported-only mark and status
/// glyph, the text cut to the width, and the matched words of a search highlighted.
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
    var dx =
      grid.write(TextFit.pad(glyphs.text(commitment.id), to: idWidth), in: area, style: Style(.text, [.bold])) + 1
    dx += grid.write(
      commitment.isOverdue(on: today) ? glyphs.overdue : String(repeating: " ", count: markWidth), in: area, dx: dx,
      style: Style(.statusOverdue, [.bold]))
    dx += grid.write(ReportedOnly.mark(of: commitment), in: area, dx: dx, style: Style(.dimText, [.bold]))
    dx += grid.write(
      glyphs.status(commitment.status), in: area, dx: dx, style: Style(.status(commitment.status), [.bold]))
    dx += statusWidth - DisplayWidth.of(glyphs.status(commitment.status)) + 1
    grid.write(
      TextFit.truncate(glyphs.text(commitment.text), to: area.width - dx, ellipsis: glyphs.ellipsis), in: area, dx: dx)
  }
}
