import AccordCore
import AccordLocalization
import AccordText

/// The frame around every screen but the overview: a title bar with where you are and today's
/// date, and a footer with the status legend and the help key.
struct ScreenChrome {
  let context: ScreenContext
  var glyphs: Glyphs { context.glyphs }
  var writing: Writing { context.writing }

  /// Title bar, body and footer of a screen of `area`.
  static func split(_ area: Rect) -> (title: Rect, body: Rect, footer: Rect) {
    let (title, rest) = area.splitTop(1)
    let (body, footer) = rest.splitBottom(1)
    return (title, body, footer)
  }

  /// Where the list or document of a screen goes; `update` needs it to keep selections in view.
  static func body(_ area: Rect) -> Rect { split(area).body }

  /// The title bar names the way back (`ScreenContext.trail`).
  func render(in area: Rect, into grid: inout CellGrid) {
    let crumbs = context.trail.map { $0.crumb(in: context.view, writing: writing) }
    let (title, _, footer) = ScreenChrome.split(area)
    grid.fill(title, style: Style(.header))
    let right = " \(writing.day(context.today)) "
    let rightWidth = title.width >= 60 ? DisplayWidth.of(right) : 0
    let trail = crumbs.map(glyphs.text).joined(separator: glyphs.breadcrumb)
    grid.write(
      " " + TextFit.truncate(trail, to: max(0, title.width - rightWidth - 2), ellipsis: glyphs.ellipsis), in: title,
      style: Style(.header, [.bold]))
    if rightWidth > 0 { grid.writeRight(right, in: title, style: Style(.header)) }
    renderFooter(in: footer, help: !context.kiosk, into: &grid)
  }

  /// The line under the title bar of a pillar or a sector: its name and size, then its
  /// deliverables gauge and overdue count: a long name is shortened to keep the figures.
  func renderSummary(
    _ name: String, detail: String, summary: ProgressSummary, role: StyleRole, in row: Rect, into grid: inout CellGrid
  ) {
    let overdueCount = summary.overdue.count
    let overdue =
      overdueCount > 0
      ? "  \(glyphs.overdue) " + writing.localized("%d overdue", plural: "%d overdue", count: overdueCount) : ""
    let label = glyphs.separator + writing.localized("deliverables") + " "
    let none = glyphs.separator + writing.localized("no deliverables")
    let figures =
      summary.deliverables == 0 ? DisplayWidth.of(none) : DisplayWidth.of(label) + 10 + DisplayWidth.of(overdue)
    let room = row.width - 1 - DisplayWidth.of(detail) - figures
    let shown = room >= 12 ? TextFit.truncate(name, to: room, ellipsis: glyphs.ellipsis) : name
    var x = grid.write(" " + shown + detail, in: row, style: Style(role, [.bold]))
    if summary.deliverables == 0 {
      grid.write(none, in: row, dx: x, style: Style(.dimText))
      return
    }
    let gaugeWidth = min(40, row.width - x - DisplayWidth.of(label) - DisplayWidth.of(overdue))
    guard gaugeWidth >= 10 else { return }
    x += grid.write(label, in: row, dx: x, style: Style(role, [.bold]))
    grid.draw(
      Gauge.deliverables(summary, glyphs: glyphs, writing: writing),
      in: Rect(x: row.x + x, y: row.y, width: gaugeWidth, height: 1))
    grid.write(overdue, in: row, dx: x + gaugeWidth, style: Style(.statusOverdue, [.bold]))
  }

  private func renderFooter(in footer: Rect, help showsHelp: Bool, into grid: inout CellGrid) {
    let help = "? " + writing.localized("help") + "  q " + writing.localized("quit")
    var x = 0
    if footer.width >= 60 {
      for status in CommitmentStatus.allCases {
        x += grid.write(
          glyphs.statusWithLabel(status, in: writing) + "  ", in: footer, dx: x, style: Style(.status(status), [.dim]))
      }
      x += grid.write(
        glyphs.overdue + " " + writing.localized("overdue"), in: footer, dx: x, style: Style(.statusOverdue, [.dim]))
      let reported = "  " + ReportedOnly.legend(writing)
      if footer.width - x - (showsHelp ? DisplayWidth.of(help) + 2 : 0) >= DisplayWidth.of(reported) {
        x += grid.write(reported, in: footer, dx: x, style: Style(.dimText))
      }
    }
    if showsHelp && footer.width - x >= DisplayWidth.of(help) + 2 {
      grid.writeRight(help, in: footer, style: Style(.dimText))
    }
  }
}

/// Counts by status in a compact row of fixed columns, `✓ 3  ◐ 1 ...`, with the labels in the
/// footer's legend.
struct StatusColumns {
  let glyphs: Glyphs
  var writing = Writing.english

  var columnWidth: Int { DisplayWidth.of(glyphs.status(.done)) + 3 }
  var width: Int { columnWidth * (CommitmentStatus.allCases.count + 1) }

  /// The header row: each status glyph over its column, then the overdue glyph.
  var header: String {
    let glyphList = CommitmentStatus.allCases.map(glyphs.status) + [glyphs.overdue]
    return glyphList.map { TextFit.padLeft($0, to: columnWidth) }.joined()
  }

  func row(_ summary: ProgressSummary) -> String {
    let numbers =
      CommitmentStatus.allCases.map { ReportedOnly.count(summary, $0, compact: true, writing: writing) } + [
        writing.number(summary.overdue.count)
      ]
    return numbers.map { TextFit.padLeft($0, to: columnWidth) }.joined()
  }
}
