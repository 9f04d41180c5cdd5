import AccordCore
import AccordText

/// The kiosk's page for what needs attention: planned meetings whose date passed with no
/// report, the meetings to come, soonest first, and the deliverables whose target has passed
/// without a report that they were done.
struct WatchlistScreen: Widget {
  let context: ScreenContext

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let glyphs = context.glyphs
    let schedule = context.schedule
    let overdue = context.view.overdue
    let halves = area.rows(2)

    let missing = schedule.dueWithoutReport
    let title = "Next meetings (\(schedule.upcoming.count))" + (missing.isEmpty ? "" : ", no report since due (\(missing.count))")
    grid.draw(Block(title: title, glyphs: glyphs), in: halves[0])
    let meetingsArea = Block.inner(halves[0])
    // What was due and went unreported comes first: it is what a briefing must chase.
    for (row, meeting) in (missing + schedule.upcoming).prefix(meetingsArea.height).enumerated() {
      let when = row < missing.count ? "\(glyphs.overdue) no report since due" : MeetingWhen.text(meeting, schedule: schedule)
      let date = meeting.date.map { "\($0)" } ?? "no date"
      let line = Rect(x: meetingsArea.x + 1, y: meetingsArea.y + row, width: meetingsArea.width - 2, height: 1)
      var x = grid.write(date.padding(toLength: 11, withPad: " ", startingAt: 0), in: line, style: Style(.today, .bold))
      // The label is cut to its column, never run into the title after it.
      let typeWidth = line.width >= 110 ? TimelineScreen.widestTypeLabel : 7
      x += grid.write(TextFit.pad(meeting.type.label, to: typeWidth, ellipsis: glyphs.ellipsis) + " ", in: line, dx: x, style: Style(StyleRole.mark(meeting.type), .bold))
      let whenWidth = DisplayWidth.of(when)
      grid.write(TextFit.truncate(glyphs.text(meeting.title), to: max(0, line.width - x - whenWidth - 1), ellipsis: glyphs.ellipsis), in: line, dx: x)
      grid.writeRight(when, in: line, style: Style(.dimText))
    }

    let late = Block(title: "Overdue deliverables (\(overdue.count))", glyphs: glyphs)
    grid.draw(late, in: halves[1])
    let overdueArea = Block.inner(halves[1])
    if overdue.isEmpty {
      grid.write("none: every deliverable with a past target is reported done", in: overdueArea, dx: 1, style: Style(.dimText))
    }
    for (row, commitment) in overdue.prefix(overdueArea.height).enumerated() {
      let line = Rect(x: overdueArea.x + 1, y: overdueArea.y + row, width: overdueArea.width - 2, height: 1)
      var x = grid.write("\(glyphs.overdue) ", in: line, style: Style(.statusOverdue, .bold))
      x += grid.write(commitment.id.padding(toLength: 6, withPad: " ", startingAt: 0), in: line, dx: x, style: Style(.text, .bold))
      x += grid.write("target \(commitment.overdueTarget(on: context.today).map { "\($0)" } ?? "-")  ", in: line, dx: x, style: Style(.dimText))
      grid.write(TextFit.truncate(glyphs.text(commitment.text), to: max(0, line.width - x), ellipsis: glyphs.ellipsis), in: line, dx: x)
    }
  }
}
