import AccordCore
import AccordLocalization
import AccordText

/// The kiosk's page for what needs attention: the meetings with no report, the meetings to
/// come, soonest first, and the deliverables and milestones overdue, as `PlanFacts` finds them.
struct WatchlistScreen: Widget {
  let context: ScreenContext

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let glyphs = context.glyphs
    let writing = context.writing
    let schedule = context.schedule
    let facts = context.view.facts
    let overdue = facts.overdue
    let halves = area.rows(2)

    let missing = facts.meetingsWithoutReport
    let next = [writing.number(facts.nextMeetings.count)]
    let title =
      missing.isEmpty
      ? Template.fill(writing.localized("Next meetings (%1$s)"), next)
      : Template.fill(
        writing.localized("Next meetings (%1$s), with no report (%2$s)"), next + [writing.number(missing.count)])
    grid.draw(Block(title: title, glyphs: glyphs), in: halves[0])
    let meetingsArea = Block.inner(halves[0])
    // What was due and went unreported comes first: it is what a briefing must chase.
    for (row, meeting) in (missing + facts.nextMeetings).prefix(meetingsArea.height).enumerated() {
      let when =
        row < missing.count
        ? "\(glyphs.overdue) " + writing.localized("no report", context: "status")
        : MeetingWhen.text(meeting, schedule: schedule, writing: writing)
      let date = meeting.date.map(writing.date) ?? writing.localized("no date")
      let line = Rect(x: meetingsArea.x + 1, y: meetingsArea.y + row, width: meetingsArea.width - 2, height: 1)
      var x = grid.write(
        TextFit.pad(date, to: writing.dayWidth, ellipsis: glyphs.ellipsis) + " ", in: line, style: Style(.today, .bold))
      // The label is cut to its column, never run into the title after it.
      let typeWidth = line.width >= 110 ? MeetingType.widestLabel(writing, narrow: false) : 7
      x += grid.write(
        TextFit.pad(meeting.type.label(in: writing), to: typeWidth, ellipsis: glyphs.ellipsis) + " ", in: line, dx: x,
        style: Style(StyleRole.mark(meeting.type), .bold))
      let whenWidth = DisplayWidth.of(when)
      grid.write(
        TextFit.truncate(
          glyphs.text(meeting.title(in: writing)), to: max(0, line.width - x - whenWidth - 1), ellipsis: glyphs.ellipsis
        ), in: line,
        dx: x)
      grid.writeRight(when, in: line, style: Style(.dimText))
    }

    let late = Block(
      title: Template.fill(
        writing.localized("Overdue milestones and deliverables (%1$s)"), [writing.number(overdue.count)]),
      glyphs: glyphs)
    grid.draw(late, in: halves[1])
    let overdueArea = Block.inner(halves[1])
    if overdue.isEmpty {
      grid.write(
        writing.localized("none: every deliverable with a past target is reported done"), in: overdueArea, dx: 1,
        style: Style(.dimText))
    }
    for (row, item) in overdue.prefix(overdueArea.height).enumerated() {
      let line = Rect(x: overdueArea.x + 1, y: overdueArea.y + row, width: overdueArea.width - 2, height: 1)
      var x = grid.write("\(glyphs.overdue) ", in: line, style: Style(.statusOverdue, .bold))
      x += grid.write(TextFit.pad(glyphs.text(item.id), to: 6) + " ", in: line, dx: x, style: Style(.text, .bold))
      x += grid.write(
        Template.fill(writing.localized("due %1$s"), [glyphs.text(item.due)]) + "  ", in: line, dx: x,
        style: Style(.dimText))
      grid.write(
        TextFit.truncate(glyphs.text(item.what), to: max(0, line.width - x), ellipsis: glyphs.ellipsis), in: line, dx: x
      )
    }
  }
}
