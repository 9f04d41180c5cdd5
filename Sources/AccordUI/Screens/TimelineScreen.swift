import AccordCore

/// The plan's period as a time axis with its meetings marked, and beneath it the meetings to
/// come (soonest first, with how far off each is) and those held (most recent first).
struct TimelineScreen: Widget {
  let state: AppState

  static let axisRows = 6

  /// The list's items in order: upcoming, then past.
  static func orderedMeetings(_ schedule: Schedule) -> [Meeting] {
    schedule.upcoming + schedule.past
  }

  /// Rows: a heading, the upcoming meetings, a blank and a heading, the past ones.
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

  func render(in area: Rect, into grid: inout CellGrid) {
    let glyphs = state.glyphs
    let schedule = state.schedule
    ScreenChrome(state: state).render(crumbs: ["Overview", "Timeline"], in: area, into: &grid)
    let body = ScreenChrome.body(area)
    let axisArea = TimelineScreen.axisArea(body)
    if !axisArea.isEmpty {
      let info = state.plan.info
      grid.draw(Block(title: "\(info.signed.year)-\(info.validUntil.year): signing year to validity end", glyphs: glyphs), in: axisArea)
      let axis = TimelineAxis(
        start: Day(year: info.signed.year, month: 1, day: 1), end: info.validUntil, today: state.today,
        meetings: state.plan.meetings, glyphs: glyphs)
      grid.draw(axis, in: Block.inner(axisArea).inset(horizontally: 1))
    }
    let geometry = TimelineScreen.geometry(body: body, schedule: schedule)
    let meetings = TimelineScreen.orderedMeetings(schedule)
    let list = ListView(geometry: geometry, position: state.position(for: .timeline), glyphs: glyphs)
    list.renderMarkers(into: &grid)
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    for row in list.visibleRows {
      guard let item = row.item else {
        renderHeading(row.row, schedule: schedule, in: row.content, into: &grid)
        continue
      }
      let meeting = meetings[item]
      renderMeeting(meeting, upcoming: item < schedule.upcoming.count, whenWidth: whenWidth, in: row.content, into: &grid)
    }
    list.highlight(into: &grid)
  }

  private func renderHeading(_ row: Int, schedule: Schedule, in area: Rect, into grid: inout CellGrid) {
    if row == 0 {
      grid.write("Upcoming (\(schedule.upcoming.count)), soonest first", in: area, style: Style(.title, [.bold]))
    } else if row == schedule.upcoming.count + 2 {
      grid.write("Past (\(schedule.past.count)), most recent first", in: area, style: Style(.title, [.bold]))
    }
  }

  /// `◆ 2025-11-26  JC   15th Lao-Cambodia Joint Commission…      362 days ago`
  private func renderMeeting(_ meeting: Meeting, upcoming: Bool, whenWidth: Int, in area: Rect, into grid: inout CellGrid) {
    let glyphs = state.glyphs
    let principal = meeting.type.isPrincipal
    let markStyle = Style(.mark(meeting.type), principal ? [.bold] : [])
    var dx = grid.write(glyphs.mark(meeting.type), in: area, style: markStyle) + 1
    dx += grid.write(TextFit.pad(meeting.date.map { "\($0)" } ?? "no date", to: 10), in: area, dx: dx) + 1
    if area.width >= 60 {
      dx += grid.write(TextFit.pad(meeting.type.label, to: 6, ellipsis: glyphs.ellipsis), in: area, dx: dx, style: markStyle) + 1
    }
    let when =
      upcoming
      ? MeetingWhen.text(meeting, schedule: state.schedule)
      : meeting.date?.isExactDay == true
        ? MeetingWhen.text(meeting, schedule: state.schedule) : MeetingWhen.statusLabel(meeting.status)
    let whenText = TextFit.truncate(when, to: whenWidth, ellipsis: glyphs.ellipsis)
    let titleRoom = area.width - dx - whenWidth - 1
    grid.write(
      TextFit.truncate(glyphs.text(meeting.title), to: titleRoom, ellipsis: glyphs.ellipsis), in: area, dx: dx,
      style: Style(.text, principal ? [.bold] : []))
    grid.writeRight(whenText, in: area, style: Style(upcoming ? .today : .dimText))
  }
}
