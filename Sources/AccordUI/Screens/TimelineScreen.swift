import AccordCore
import AccordLocalization
import AccordText

/// The plan's period as a time axis with its meetings marked, and beneath it the meetings to
/// come (soonest first, with how far off each is) and those held (most recent first).
struct TimelineScreen: Screen {
  static let axisRows = 6

  /// Rows: a heading, the upcoming meetings, a blank and a heading, the past ones; items
  /// index `PlanView.timeline`.
  static func geometry(body: Rect, schedule: Schedule) -> ListGeometry {
    let upcoming = schedule.upcoming.count
    let past = schedule.past.count
    var rows: [Int?] = [nil]
    rows += (0..<upcoming).map { $0 }
    rows += [nil, nil]
    rows += (0..<past).map { upcoming + $0 }
    return ListGeometry(viewport: listArea(body), rowItems: rows)
  }

  static func axisArea(_ body: Rect) -> Rect {
    body.splitTop(body.height >= 14 ? axisRows : 0).top
  }

  static func listArea(_ body: Rect) -> Rect {
    body.splitTop(axisArea(body).height).rest
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(TimelineScreen.geometry(body: ScreenChrome.body(area), schedule: context.schedule))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let schedule = context.schedule
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let axisArea = TimelineScreen.axisArea(ScreenChrome.body(layout.area))
    if !axisArea.isEmpty {
      let info = context.plan.info
      grid.draw(
        Block(
          title: Template.fill(
            context.writing.localized("%1$s-%2$s: signing year to validity end"),
            [context.writing.number(info.signed.year), context.writing.number(info.validUntil.year)]),
          glyphs: glyphs),
        in: axisArea)
      let axis = TimelineAxis(
        start: Day(year: info.signed.year, month: 1, day: 1), end: info.validUntil, today: context.today,
        meetings: context.plan.meetings, glyphs: glyphs, writing: context.writing)
      grid.draw(axis, in: Block.inner(axisArea).inset(horizontally: 1))
    }
    let meetings = context.view.timeline
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    ListView(geometry: geometry, position: context.position, glyphs: glyphs, marksSelection: !context.kiosk).render(
      into: &grid
    ) { row, grid in
      guard let item = row.item else {
        renderHeading(row.row, schedule: schedule, writing: context.writing, in: row.content, into: &grid)
        return
      }
      TimelineScreen.renderMeeting(
        meetings[item], upcoming: item < schedule.upcoming.count, whenWidth: whenWidth, context: context,
        in: row.content,
        into: &grid)
    }
  }

  private func renderHeading(
    _ row: Int, schedule: Schedule, writing: Writing, in area: Rect, into grid: inout CellGrid
  ) {
    if row == 0 {
      let text = Template.fill(
        writing.localized("Upcoming (%1$s), soonest first"), [writing.number(schedule.upcoming.count)])
      grid.write(text, in: area, style: Style(.title, [.bold]))
    } else if row == schedule.upcoming.count + 2 {
      let text = Template.fill(
        writing.localized("Past (%1$s), most recent first"), [writing.number(schedule.past.count)])
      grid.write(text, in: area, style: Style(.title, [.bold]))
    }
  }

  /// `◆ 2025-11-26  JC   15th Lao-Cambodia Joint Commission…      362 days ago`
  static func renderMeeting(
    _ meeting: Meeting, upcoming: Bool, whenWidth: Int, context: ScreenContext, in area: Rect, into grid: inout CellGrid
  ) {
    let glyphs = context.glyphs
    let writing = context.writing
    let principal = meeting.type.isPrincipal
    let markStyle = Style(.mark(meeting.type), principal ? [.bold] : [])
    var dx = grid.write(glyphs.mark(meeting.type), in: area, style: markStyle) + 1
    let date = meeting.date.map(writing.date) ?? writing.localized("no date")
    dx += grid.write(TextFit.pad(date, to: writing.dayWidth, ellipsis: glyphs.ellipsis), in: area, dx: dx) + 1
    if area.width >= 60 {
      // Wide enough, every type's full label; else a short column that cuts the long ones.
      let wide = area.width >= 110
      let label = wide ? meeting.type.label(in: writing) : meeting.type.narrowLabel(writing)
      let typeWidth = MeetingType.widestLabel(writing, narrow: !wide)
      dx +=
        grid.write(TextFit.pad(label, to: typeWidth, ellipsis: glyphs.ellipsis), in: area, dx: dx, style: markStyle) + 1
    }
    let when =
      upcoming
      ? MeetingWhen.text(meeting, schedule: context.schedule, writing: writing)
      // A past meeting held on a known day says how long ago; any other says what is known.
      : meeting.status == .held && meeting.date?.isExactDay == true
        ? MeetingWhen.text(meeting, schedule: context.schedule, writing: writing)
        : MeetingWhen.statusLabel(meeting, today: context.today, writing: writing)
    let whenText = TextFit.truncate(when, to: whenWidth, ellipsis: glyphs.ellipsis)
    let titleRoom = area.width - dx - whenWidth - 1
    grid.write(
      TextFit.truncate(glyphs.text(meeting.title(in: writing)), to: titleRoom, ellipsis: glyphs.ellipsis), in: area,
      dx: dx,
      style: Style(.text, principal ? [.bold] : []))
    let flagged = meeting.isDueWithoutReport(on: context.today)
    grid.writeRight(
      whenText, in: area, style: flagged ? Style(.statusOverdue, .bold) : Style(upcoming ? .today : .dimText))
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    context.view.timeline.indices.contains(item) ? context.view.timeline[item].title : nil
  }
}

extension TimelineScreen {
  /// Enter opens the selected meeting.
  func destination(of item: Int, context: ScreenContext) -> Route? {
    context.view.timeline.indices.contains(item) ? .meeting(context.view.timeline[item].id) : nil
  }
}
