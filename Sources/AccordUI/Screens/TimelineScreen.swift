import AccordCore
import AccordText

/// The plan's period as a time axis with its meetings marked, and beneath it the meetings to
/// come (soonest first, with how far off each is) and those held (most recent first).
struct TimelineScreen: Screen {
  static let axisRows = 6
  static let widestTypeLabel = MeetingType.allCases.map { DisplayWidth.of($0.label) }.max() ?? 6
  static let widestNarrowTypeLabel = MeetingType.allCases.map { DisplayWidth.of($0.narrowLabel) }.max() ?? 6

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
        Block(title: "\(info.signed.year)-\(info.validUntil.year): signing year to validity end", glyphs: glyphs),
        in: axisArea)
      let axis = TimelineAxis(
        start: Day(year: info.signed.year, month: 1, day: 1), end: info.validUntil, today: context.today,
        meetings: context.plan.meetings, glyphs: glyphs)
      grid.draw(axis, in: Block.inner(axisArea).inset(horizontally: 1))
    }
    let meetings = context.view.timeline
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    ListView(geometry: geometry, position: context.position, glyphs: glyphs, marksSelection: !context.kiosk).render(
      into: &grid
    ) { row, grid in
      guard let item = row.item else {
        renderHeading(row.row, schedule: schedule, in: row.content, into: &grid)
        return
      }
      TimelineScreen.renderMeeting(
        meetings[item], upcoming: item < schedule.upcoming.count, whenWidth: whenWidth, context: context,
        in: row.content,
        into: &grid)
    }
  }

  private func renderHeading(_ row: Int, schedule: Schedule, in area: Rect, into grid: inout CellGrid) {
    if row == 0 {
      grid.write("Upcoming (\(schedule.upcoming.count)), soonest first", in: area, style: Style(.title, [.bold]))
    } else if row == schedule.upcoming.count + 2 {
      grid.write("Past (\(schedule.past.count)), most recent first", in: area, style: Style(.title, [.bold]))
    }
  }

  /// `◆ 2025-11-26  JC   15th Lao-Cambodia Joint Commission…      362 days ago`
  static func renderMeeting(
    _ meeting: Meeting, upcoming: Bool, whenWidth: Int, context: ScreenContext, in area: Rect, into grid: inout CellGrid
  ) {
    let glyphs = context.glyphs
    let principal = meeting.type.isPrincipal
    let markStyle = Style(.mark(meeting.type), principal ? [.bold] : [])
    var dx = grid.write(glyphs.mark(meeting.type), in: area, style: markStyle) + 1
    dx += grid.write(TextFit.pad(meeting.date.map { "\($0)" } ?? "no date", to: 10), in: area, dx: dx) + 1
    if area.width >= 60 {
      // Wide enough, every type's full label; else a short column that cuts the long ones.
      let wide = area.width >= 110
      let label = wide ? meeting.type.label : meeting.type.narrowLabel
      let typeWidth = wide ? TimelineScreen.widestTypeLabel : TimelineScreen.widestNarrowTypeLabel
      dx +=
        grid.write(TextFit.pad(label, to: typeWidth, ellipsis: glyphs.ellipsis), in: area, dx: dx, style: markStyle) + 1
    }
    let when =
      upcoming
      ? MeetingWhen.text(meeting, schedule: context.schedule)
      // A past meeting held on a known day says how long ago; any other says what is known.
      : meeting.status == .held && meeting.date?.isExactDay == true
        ? MeetingWhen.text(meeting, schedule: context.schedule) : MeetingWhen.statusLabel(meeting, today: context.today)
    let whenText = TextFit.truncate(when, to: whenWidth, ellipsis: glyphs.ellipsis)
    let titleRoom = area.width - dx - whenWidth - 1
    grid.write(
      TextFit.truncate(glyphs.text(meeting.title), to: titleRoom, ellipsis: glyphs.ellipsis), in: area, dx: dx,
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
