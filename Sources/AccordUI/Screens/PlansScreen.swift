import AccordCore
import AccordLocalization
import AccordText

/// Every open plan on one screen, a row each under column headings: its short title, the days
/// to its period's end, its pace (the share of the period gone against the share of
/// deliverables done), its overdue deliverables and its next meeting. Enter opens the plan's
/// overview; `P` comes back here from any of its screens.
struct PlansScreen: Screen {
  /// The figures' columns, each with its gap; the title and the next meeting share the rest.
  static let daysWidth = 10
  static let paceWidth = 13
  static let overdueWidth = 8

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(2).rest, items: context.plans.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let writing = context.writing
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let (title, headings) = ScreenChrome.body(layout.area).splitTop(2).top.splitTop(1)
    let open = Template.fill(
      writing.localized("%1$s open, as of %2$s"),
      [writing.localized("%d plan", plural: "%d plans", count: context.plans.count), writing.day(context.today)])
    grid.write(" " + open, in: title, style: Style(.title, [.bold]))
    let columns = Rect(x: headings.x + 2, y: headings.y, width: max(0, headings.width - 2), height: 1)
    Self.write(
      [
        writing.localized("Plan", context: "column"), writing.localized("Days left", context: "column"),
        writing.localized("Gone/done", context: "column"), writing.localized("Overdue", context: "column"),
        writing.localized("Next meeting", context: "column"),
      ], in: columns,
      styles: Array(repeating: Style(.dimText, [.bold]), count: 5), glyphs: glyphs, into: &grid)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item, context.plans.indices.contains(item) else { return }
      Self.renderRow(context.plans[item], in: row.content, glyphs: glyphs, writing: writing, into: &grid)
    }
  }

  static func renderRow(
    _ view: PlanView, in area: Rect, glyphs: Glyphs, writing: Writing = .english, into grid: inout CellGrid
  ) {
    let schedule = view.schedule
    let progress = view.progress
    let done = progress.deliverables == 0 ? 0 : Double(progress.deliverablesDone) / Double(progress.deliverables)
    let behind = done + 0.005 < schedule.elapsedShare
    let overdue = view.overdue.count
    let cells = [
      glyphs.text(view.plan.info.shortTitle(in: writing)),
      schedule.daysToPeriodEnd >= 0 ? writing.number(schedule.daysToPeriodEnd) : writing.localized("ended"),
      writing.digits("\(Gauge.percent(schedule.elapsedShare))/\(Gauge.percent(done))"),
      overdue == 0 ? writing.localized("none", context: "count") : "\(glyphs.overdue) \(writing.number(overdue))",
      nextMeeting(schedule, glyphs: glyphs, writing: writing),
    ]
    let styles = [
      Style(.text, [.bold]), Style(.today, [.bold]), behind ? Style(.warning) : Style(.text),
      overdue == 0 ? Style(.dimText) : Style(.statusOverdue, [.bold]), Style(.text),
    ]
    write(cells, in: area, styles: styles, glyphs: glyphs, into: &grid)
  }

  /// The five columns of a row or of the headings, each cut to its width.
  private static func write(
    _ cells: [String], in area: Rect, styles: [Style], glyphs: Glyphs, into grid: inout CellGrid
  ) {
    let figures = daysWidth + paceWidth + overdueWidth
    let titleWidth = max(12, min(36, (area.width - figures) / 2))
    let widths = [titleWidth, daysWidth, paceWidth, overdueWidth, max(0, area.width - titleWidth - figures)]
    var x = 0
    for (index, cell) in cells.enumerated() {
      let width = index == 4 ? widths[4] : widths[index] - 1
      grid.write(
        TextFit.truncate(cell, to: max(0, min(width, area.width - x)), ellipsis: glyphs.ellipsis), in: area, dx: x,
        style: styles[index])
      x += widths[index]
    }
  }

  /// `2027-03-10 JC First Fixture Joint Commission`, or that none is scheduled.
  static func nextMeeting(_ schedule: Schedule, glyphs: Glyphs, writing: Writing = .english) -> String {
    guard let meeting = schedule.nextMeeting else { return writing.localized("none scheduled") }
    let date = meeting.date.map(writing.date) ?? writing.localized("no date")
    return "\(date) \(meeting.type.label(in: writing)) " + glyphs.text(meeting.title(in: writing))
  }
}
