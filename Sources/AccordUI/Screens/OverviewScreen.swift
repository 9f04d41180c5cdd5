import AccordCore
import AccordLocalization
import AccordText

/// The first screen: a header with the countdown, the pace and the next meeting, and a pane
/// per pillar. Wide terminals get the panes in one row and a timeline strip; 80x24 gets a
/// grid of three and two; smaller ones a line or two per pillar.
struct OverviewScreen: Screen {
  enum Arrangement: Equatable { case row, grid, stacked }

  struct Layout: Equatable {
    var header: Rect
    var panes: [Rect]
    var columns: Int
    /// The timeline strip of the wide layout, or the status legend of the stacked one.
    var strip: Rect?
    var arrangement: Arrangement
  }

  static let headerRows = 4
  var headerRows: Int { OverviewScreen.headerRows }

  static func layout(in area: Rect, pillars: Int) -> Layout {
    let (header, body) = area.splitTop(headerRows)
    let count = max(1, pillars)
    if area.width >= 240 && area.height >= 60 {
      // A wall screen: five panes in a row would be tall and narrow, cutting titles and reports
      // while rows stay empty; three and two give each a hundred columns and half the height.
      let (panesArea, strip) = body.splitBottom(6)
      return Layout(
        header: header, panes: grid(panesArea, pillars: pillars, columns: min(3, count)), columns: min(3, count),
        strip: strip, arrangement: .grid)
    }
    if area.width >= 160 && area.height >= 30 {
      let (paneRow, strip) = body.splitBottom(6)
      return Layout(
        header: header, panes: Array(paneRow.columns(count).prefix(pillars)), columns: count, strip: strip,
        arrangement: .row)
    }
    if area.width >= 72 && area.height >= 22 {
      let columns = min(3, count)
      return Layout(
        header: header, panes: grid(body, pillars: pillars, columns: columns), columns: columns, strip: nil,
        arrangement: .grid)
    }
    // With two rows a pillar the counts show as bare glyphs: keep the last row for their labels.
    let (stack, legend) =
      body.height >= count * 2 + 1 ? body.splitBottom(1) : (body, Rect(x: 0, y: 0, width: 0, height: 0))
    return Layout(
      header: header, panes: Array(stack.rows(count).prefix(pillars)), columns: 1, strip: legend.isEmpty ? nil : legend,
      arrangement: .stacked)
  }

  /// Panes in rows of `columns`; a short last row keeps the columns of the rows above, so Up
  /// and Down stay straight.
  private static func grid(_ body: Rect, pillars: Int, columns: Int) -> [Rect] {
    let rowCount = (max(1, pillars) + columns - 1) / columns
    var panes: [Rect] = []
    for (row, band) in body.rows(rowCount).enumerated() {
      panes += band.columns(columns).prefix(max(0, min(columns, pillars - row * columns)))
    }
    return panes
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .panes(OverviewScreen.layout(in: area, pillars: context.plan.pillars.count))
  }

  func render(_ screenLayout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let layout = screenLayout.panes else { return }
    let area = screenLayout.area
    let glyphs = context.glyphs
    renderHeader(in: layout.header, context: context, into: &grid)
    let selected = context.position.selected
    for (index, rect) in layout.panes.enumerated() {
      // Stacked pillars all take the same two-line form, however the rows divide.
      let pane = layout.arrangement == .stacked ? rect.splitTop(2).top : rect
      grid.draw(
        PillarPane(
          facts: context.view.pillars[index], index: index, today: context.today,
          selected: !context.kiosk && index == selected, glyphs: glyphs, writing: context.writing), in: pane)
    }
    if layout.arrangement == .grid, let last = layout.panes.last, last.right < area.right {
      let cell = Rect(x: last.right, y: last.y, width: area.right - last.right, height: last.height)
      if context.kiosk {
        // Nobody presses keys at a kiosk: the cell explains the glyphs instead.
        grid.draw(Block(title: context.writing.localized("Legend"), glyphs: glyphs), in: cell)
        renderStatusLegend(in: Block.inner(cell), glyphs: glyphs, writing: context.writing, into: &grid)
      } else {
        renderLegend(in: cell, glyphs: glyphs, writing: context.writing, into: &grid)
      }
    }
    if layout.arrangement == .stacked, let legend = layout.strip {
      // The legend may also take the rows the last pillar's band leaves under its two lines.
      let spare = layout.panes.last.map {
        $0.splitTop(2).rest.intersection(Rect(x: legend.x, y: 0, width: legend.width, height: legend.y))
      }
      let top = spare.map { $0.isEmpty ? legend.y : $0.y } ?? legend.y
      renderStatusLegend(
        in: Rect(x: legend.x, y: top, width: legend.width, height: legend.bottom - top), glyphs: glyphs,
        writing: context.writing, into: &grid)
    } else if let strip = layout.strip {
      let timeline = context.writing.localized("Timeline")
      grid.draw(Block(title: context.kiosk ? timeline : timeline + " (t)", glyphs: glyphs), in: strip)
      let info = context.plan.info
      let axis = TimelineAxis(
        start: Day(year: info.signed.year, month: 1, day: 1), end: info.validUntil, today: context.today,
        meetings: context.plan.meetings, glyphs: glyphs, writing: context.writing)
      grid.draw(axis, in: Block.inner(strip).inset(by: 0))
    }
  }

  private func renderHeader(in header: Rect, context: ScreenContext, into grid: inout CellGrid) {
    let glyphs = context.glyphs
    let writing = context.writing
    let schedule = context.schedule
    let rows = header.rows(OverviewScreen.headerRows)
    guard rows.count == 4 else { return }
    grid.fill(rows[0], style: Style(.header))
    let right =
      " " + Template.fill(writing.localized("today %1$s"), [writing.day(context.today)])
      + (context.kiosk ? " " : "\(glyphs.separator)? " + writing.localized("help") + " ")
    let rightWidth = DisplayWidth.of(right) <= header.width / 2 ? DisplayWidth.of(right) : 0
    grid.write(
      " "
        + TextFit.truncate(
          glyphs.text(context.plan.info.shortTitle(in: writing)), to: header.width - rightWidth - 2,
          ellipsis: glyphs.ellipsis),
      in: rows[0], style: Style(.header, [.bold]))
    if rightWidth > 0 { grid.writeRight(right, in: rows[0], style: Style(.header)) }
    let inset = { (row: Rect) in Rect(x: row.x + 1, y: row.y, width: row.width - 1, height: 1) }
    grid.draw(CountdownWidget(schedule: schedule, glyphs: glyphs, writing: writing), in: inset(rows[1]))
    let total = context.view.progress
    grid.draw(
      PaceWidget(
        elapsed: schedule.elapsedShare, done: total.deliverablesDone, deliverables: total.deliverables, glyphs: glyphs,
        writing: writing),
      in: inset(rows[2]))
    renderNextMeeting(in: inset(rows[3]), schedule: schedule, glyphs: glyphs, writing: writing, into: &grid)
  }

  /// `Next meeting: 2026, date to be confirmed · Annual bilateral meeting of…`
  private func renderNextMeeting(
    in row: Rect, schedule: Schedule, glyphs: Glyphs, writing: Writing, into grid: inout CellGrid
  ) {
    var x = grid.write(writing.localized("Next meeting:") + " ", in: row, style: Style(.text, [.bold]))
    guard let meeting = schedule.nextMeeting else {
      grid.write(writing.localized("none scheduled"), in: row, dx: x, style: Style(.dimText))
      return
    }
    let date = meeting.date.map(writing.date) ?? writing.localized("no date")
    let when = "\(date), \(MeetingWhen.text(meeting, schedule: schedule, writing: writing))"
    x += grid.write(when, in: row, dx: x, style: Style(.today, [.bold]))
    x += grid.write(glyphs.separator, in: row, dx: x)
    grid.write(
      TextFit.truncate(glyphs.text(meeting.title(in: writing)), to: row.width - x, ellipsis: glyphs.ellipsis), in: row,
      dx: x)
  }

  /// Under the stacked pillars, what each bare status glyph means, glyph and label together:
  /// the full labels on one line or wrapped over the spare rows if they fit there, else short
  /// labels; whole entries only, aligned to the bottom row.
  private func renderStatusLegend(in area: Rect, glyphs: Glyphs, writing: Writing, into grid: inout CellGrid) {
    let indent = area.width >= 40 ? 2 : 0
    let inner = Rect(x: area.x + indent, y: area.y, width: area.width - indent, height: area.height)
    guard !inner.isEmpty else { return }
    let short: [CommitmentStatus: String] = [
      // TRANSLATORS: short forms of the statuses, for a legend on a small terminal.
      .done: writing.localized("done", context: "short status"),
      .inProgress: writing.localized("in prog.", context: "short status"),
      .continuous: writing.localized("contin.", context: "short status"),
      .notStarted: writing.localized("not st.", context: "short status"),
      .unknown: writing.localized("no rep.", context: "short status"),
    ]
    let overdue = "\(glyphs.overdue) " + writing.localized("overdue")
    let full =
      CommitmentStatus.allCases.map { glyphs.statusWithLabel($0, in: writing) } + [
        overdue, ReportedOnly.legend(writing),
      ]
    let brief =
      CommitmentStatus.allCases.map { "\(glyphs.status($0)) \(short[$0] ?? $0.label(in: writing))" } + [
        overdue, "\(ReportedOnly.mark) " + writing.localized("rep. only"),
      ]
    let candidates = [
      OverviewScreen.flow(full, separator: "  ", width: inner.width),
      OverviewScreen.flow(full, separator: " ", width: inner.width),
      OverviewScreen.flow(brief, separator: " ", width: inner.width),
    ]
    let lines = candidates.first { $0.count <= inner.height } ?? candidates[2]
    // Too narrow for every entry: the rows keep as many whole entries as fit.
    for (row, line) in lines.prefix(inner.height).enumerated() {
      grid.write(line, in: inner, dy: inner.height - min(lines.count, inner.height) + row, style: Style(.dimText))
    }
  }

  /// `entries` joined by `separator` into lines of at most `width` columns, never splitting
  /// an entry; an entry wider than `width` is left out.
  static func flow(_ entries: [String], separator: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for entry in entries where DisplayWidth.of(entry) <= width {
      if line.isEmpty {
        line = entry
      } else if DisplayWidth.of(line) + DisplayWidth.of(separator) + DisplayWidth.of(entry) <= width {
        line += separator + entry
      } else {
        lines.append(line)
        line = entry
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The empty sixth cell of the 3+2 grid explains the glyphs and keys.
  private func renderLegend(in area: Rect, glyphs: Glyphs, writing: Writing, into grid: inout CellGrid) {
    guard area.width >= 12, area.height >= 3 else { return }
    grid.draw(Block(title: writing.localized("Keys"), glyphs: glyphs), in: area)
    let inner = Block.inner(area)
    let lines = [
      (glyphs.ascii ? "arrows/hjkl " : "↑↓←→/hjkl ") + writing.localized("select"),
      "\(glyphs.enterKey) " + writing.localized("open pillar"),
      "1-5 " + writing.localized("jump to pillar"),
      "t " + writing.localized("timeline"),
      "/ " + writing.localized("search") + "  : " + writing.localized("go to"),
      "? " + writing.localized("all keys"),
      "q " + writing.localized("quit"),
    ]
    for (row, line) in lines.prefix(inner.height).enumerated() {
      grid.write(line, in: inner, dy: row, style: Style(.dimText))
    }
  }
}

extension OverviewScreen {
  /// Enter opens the selected pillar.
  func destination(of item: Int, context: ScreenContext) -> Route? {
    context.view.pillars.indices.contains(item) ? .pillar(item) : nil
  }

  /// The panes do not move: nothing to find again.
  func identity(of item: Int, context: ScreenContext) -> String? { nil }
}
