import AccordCore
import AccordLocalization
import AccordText

/// What a tall pillar pane shows below its sector list, in rows it would otherwise leave
/// empty: the latest reports and the overdue deliverables.
extension PillarPane {
  /// Draws the latest reports and then the overdue deliverables into `area`, the rows left
  /// under the sector list, each section after a blank row and only when at least one of its
  /// rows fits. The overdue list keeps its rows first when both do not fit in full.
  func renderRecent(in area: Rect, into grid: inout CellGrid) {
    let minimum = 3
    guard area.height >= minimum, area.width >= 24 else { return }
    let overdue = facts.overdue
    let overdueRows = overdue.isEmpty ? 0 : 2 + overdue.count
    let reportRows =
      area.height - (overdue.isEmpty || area.height < 2 * minimum ? 0 : min(overdueRows, area.height - minimum))
    let used = renderReports(in: Rect(x: area.x, y: area.y, width: area.width, height: reportRows), into: &grid)
    renderOverdue(
      overdue, in: Rect(x: area.x, y: area.y + used, width: area.width, height: area.height - used), into: &grid)
  }

  /// `~2025-01-17 12.4 Joint working group on…`; returns the rows used.
  private func renderReports(in area: Rect, into grid: inout CellGrid) -> Int {
    guard area.height >= 3 else { return 0 }
    let reports = Array(facts.latestReports.prefix(area.height - 2))
    let idWidth = reports.map { DisplayWidth.of(glyphs.text($0.commitment)) }.max() ?? 0
    let dates = reports.map { writing.date($0.date) }
    let dateWidth = max(writing.dayWidth, dates.map(DisplayWidth.of).max() ?? 0)
    let summaryX = 2 + dateWidth + 1 + idWidth + 1
    guard area.width - summaryX >= 6 else { return 0 }
    let header = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
    let legend = "\(ReportedOnly.mark) " + writing.localized("reported")
    let title = writing.localized("Latest reports")
    grid.write(title, in: header, style: Style(.text, [.bold]))
    if reports.contains(where: { $0.confidence == .reported })
      && DisplayWidth.of(title) + 2 + DisplayWidth.of(legend) <= area.width
    {
      grid.writeRight(legend, in: header, style: Style(.dimText))
    }
    guard !reports.isEmpty else {
      grid.write(
        "  " + Template.fill(writing.localized("none by %1$s"), [writing.day(today)]), in: header, dy: 1,
        style: Style(.dimText))
      return 3
    }
    // Rows the list would leave empty (a tall pane, every report shown) let each summary go on
    // over up to three lines instead of being cut at the pane's width.
    let spare = reports.count == facts.latestReports.count ? area.height - 2 - reports.count : 0
    let linesEach = min(3, 1 + spare / reports.count)
    var y = area.y + 2
    for (report, date) in zip(reports, dates) {
      let row = Rect(x: area.x, y: y, width: area.width, height: 1)
      if report.confidence == .reported {
        grid.write(ReportedOnly.mark, in: row, dx: 1, style: Style(.dimText, [.bold]))
      }
      grid.write(date, in: row, dx: 2, style: Style(.dimText))
      grid.write(glyphs.text(report.commitment), in: row, dx: 2 + dateWidth + 1)
      let lines = Self.lines(
        glyphs.text(report.summary), width: area.width - summaryX, most: linesEach, ellipsis: glyphs.ellipsis)
      for (offset, line) in lines.enumerated() {
        grid.write(line, in: Rect(x: area.x, y: y + offset, width: area.width, height: 1), dx: summaryX)
      }
      y += lines.count
    }
    return y - area.y
  }

  /// `text` in at most `most` lines of `width`, the last one cut with an ellipsis when more
  /// was left.
  static func lines(_ text: String, width: Int, most: Int, ellipsis: String) -> [String] {
    let wrapped = most > 1 ? TextWrap.lines(text, width: width) : [text]
    guard wrapped.count > most || DisplayWidth.of(wrapped.last ?? "") > width else { return wrapped }
    var kept = Array(wrapped.prefix(most))
    let rest = most > 1 ? wrapped[(most - 1)...].joined(separator: " ") : text
    kept[kept.count - 1] = TextFit.truncate(rest, to: width, ellipsis: ellipsis)
    return kept
  }

  /// `! 16.3 2023 Sign the agreement on…`, then `+2 more` when not all fit.
  private func renderOverdue(_ overdue: [Commitment], in area: Rect, into grid: inout CellGrid) {
    guard !overdue.isEmpty, area.height >= 3 else { return }
    let room = area.height - 2
    let shown = overdue.count <= room ? overdue : Array(overdue.prefix(room - 1))
    let mark = glyphs.overdue
    let idWidth = shown.map { DisplayWidth.of(glyphs.text($0.id)) }.max() ?? 0
    let targets = shown.map { $0.overdueTarget(on: today).map(writing.target) ?? "" }
    let targetWidth = targets.map(DisplayWidth.of).max() ?? 0
    let textX = DisplayWidth.of(mark) + 1 + idWidth + 1 + targetWidth + 1
    guard area.width - textX >= 6 else { return }
    grid.write(writing.localized("Overdue deliverables"), in: area, dy: 1, style: Style(.text, [.bold]))
    for (offset, commitment) in shown.enumerated() {
      let row = Rect(x: area.x, y: area.y + 2 + offset, width: area.width, height: 1)
      var x = grid.write(mark, in: row, style: Style(.statusOverdue, [.bold])) + 1
      x += grid.write(TextFit.pad(glyphs.text(commitment.id), to: idWidth), in: row, dx: x) + 1
      grid.write(targets[offset], in: row, dx: x, style: Style(.statusOverdue))
      grid.write(
        TextFit.truncate(glyphs.text(commitment.text), to: area.width - textX, ellipsis: glyphs.ellipsis), in: row,
        dx: textX)
    }
    if shown.count < overdue.count {
      grid.write(
        "  " + writing.localized("+%d more", plural: "+%d more", count: overdue.count - shown.count), in: area,
        dy: 2 + shown.count, style: Style(.dimText))
    }
  }
}
