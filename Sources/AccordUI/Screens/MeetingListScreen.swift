import AccordCore
import AccordLocalization

/// The meetings that name a commitment, as on the timeline. Enter opens one.
struct MeetingListScreen: Screen {
  let commitment: Commitment
  let meetings: [Meeting]

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(2).rest, items: meetings.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let header = ScreenChrome.body(layout.area).splitTop(1).top
    grid.write(
      " " + Template.fill(context.writing.localized("Meetings that name %1$s"), [glyphs.text(commitment.id)])
        + glyphs.separator + context.writing.localized("%d meeting", plural: "%d meetings", count: meetings.count),
      in: header, style: Style(.title, [.bold]))
    if meetings.isEmpty {
      grid.write(
        context.writing.localized("no meeting names this commitment"), in: geometry.viewport, dx: 2,
        style: Style(.dimText))
    }
    let upcoming = Set(context.schedule.upcoming.map(\.id))
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else { return }
      let meeting = meetings[item]
      TimelineScreen.renderMeeting(
        meeting, upcoming: upcoming.contains(meeting.id), whenWidth: whenWidth, context: context, in: row.content,
        into: &grid)
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    meetings.indices.contains(item) ? .meeting(meetings[item].id) : nil
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    meetings.indices.contains(item) ? meetings[item].title : nil
  }
}
