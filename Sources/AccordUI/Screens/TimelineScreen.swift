import AccordCore
import AccordLocalization
import AccordText

/// The plan's period as a time axis with its meetings marked, and beneath it the meetings to
/// come (soonest first, with how far off each is) and those held (most recent first). With
/// several plans open, every plan's meetings in one list (`OpenPlans`), each row with its
/// plan's short id, and the axis from the first plan's signing year to the last one's end.
struct TimelineScreen: Screen {
  static let axisRows = 6

  let open: OpenPlans
  /// The upcoming meetings, then the past ones; items index it.
  let meetings: [OfPlan<Meeting>]
  let upcoming: Int

  init(open: OpenPlans) {
    self.open = open
    let upcoming = OfPlan.merging(open.views.map(\.schedule.upcoming), by: Schedule.byLatestDay)
    meetings = upcoming + OfPlan.merging(open.views.map(\.schedule.past), by: Schedule.mostRecentFirst)
    self.upcoming = upcoming.count
  }

  /// Rows: a heading, the upcoming meetings, a blank and a heading, the past ones.
  static func geometry(body: Rect, upcoming: Int, past: Int) -> ListGeometry {
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
    .list(TimelineScreen.geometry(body: ScreenChrome.body(area), upcoming: upcoming, past: meetings.count - upcoming))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let axisArea = TimelineScreen.axisArea(ScreenChrome.body(layout.area))
    if !axisArea.isEmpty {
      let infos = open.views.map(\.plan.info)
      let first = infos.map(\.signed.year).min() ?? context.plan.info.signed.year
      let last = infos.map(\.validUntil).max() ?? context.plan.info.validUntil
      grid.draw(
        Block(
          title: Template.fill(
            context.writing.localized("%1$s-%2$s: signing year to validity end"),
            [context.writing.number(first), context.writing.number(last.year)]),
          glyphs: glyphs),
        in: axisArea)
      let axis = TimelineAxis(
        start: Day(year: first, month: 1, day: 1), end: last, today: context.today,
        meetings: open.views.flatMap(\.plan.meetings), glyphs: glyphs, writing: context.writing)
      grid.draw(axis, in: Block.inner(axisArea).inset(horizontally: 1))
    }
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    let tagWidth = open.tagWidth(glyphs)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs, marksSelection: !context.kiosk).render(
      into: &grid
    ) { row, grid in
      guard let item = row.item else {
        renderHeading(row.row, writing: context.writing, in: row.content, into: &grid)
        return
      }
      let meeting = meetings[item]
      let area = open.tag(meeting.plan, in: row.content, width: tagWidth, glyphs: glyphs, into: &grid)
      TimelineScreen.renderMeeting(
        meeting.item, upcoming: item < upcoming, whenWidth: whenWidth, context: open.context(context, of: meeting.plan),
        in: area, into: &grid)
    }
  }

  private func renderHeading(_ row: Int, writing: Writing, in area: Rect, into grid: inout CellGrid) {
    if row == 0 {
      let text = Template.fill(writing.localized("Upcoming (%1$s), soonest first"), [writing.number(upcoming)])
      grid.write(text, in: area, style: Style(.title, [.bold]))
    } else if row == upcoming + 2 {
      let text = Template.fill(
        writing.localized("Past (%1$s), most recent first"), [writing.number(meetings.count - upcoming)])
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
    meetings.indices.contains(item) ? meetings[item].item.title : nil
  }
}

extension TimelineScreen {
  /// Enter opens the selected meeting, in its plan.
  func destination(of item: Int, context: ScreenContext) -> Route? {
    meetings.indices.contains(item) ? .meeting(meetings[item].item.id) : nil
  }

  func plan(of item: Int) -> Int? {
    meetings.indices.contains(item) ? open.other(meetings[item].plan) : nil
  }
}
