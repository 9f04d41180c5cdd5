import AccordCore
import AccordLocalization
import AccordText

/// The interactive watch list (`w`; the kiosk has its own page, `WatchlistScreen`): the
/// meetings with no report, meetings due in the next `soonDays` days, and the deliverables and
/// milestones overdue, as `PlanFacts` finds them for every output. Enter opens the meeting or
/// the commitment. With several plans open, every plan's in each section (`OpenPlans`), each
/// row with its plan's short id.
struct WatchScreen: Screen {
  static let soonDays = 90

  enum Entry: Sendable {
    case unreported(Meeting)
    case soon(Meeting)
    case overdue(OverdueFact)
  }

  let open: OpenPlans
  let entries: [OfPlan<Entry>]
  /// Rows: a heading per section (kept when empty, with a line saying so), then its entries.
  let rows: [Int?]
  let headings: [Int: Heading]

  /// A section's heading with its count, or the line of an empty section: written in the
  /// reader's language when drawn.
  enum Heading: Sendable, Equatable {
    case unreported(Int)
    case soon(Int)
    case overdue(Int)
    // Not `none`: `headings[row] = .none` would read as Optional's and remove the row's heading.
    case empty

    func text(_ writing: Writing) -> String {
      switch self {
      case .unreported(let count):
        Template.fill(writing.localized("Meetings with no report (%1$s)"), [writing.number(count)])
      case .soon(let count):
        Template.fill(
          writing.localized("Meetings in the next %1$s days (%2$s)"),
          [writing.number(WatchScreen.soonDays), writing.number(count)])
      case .overdue(let count):
        Template.fill(writing.localized("Overdue milestones and deliverables (%1$s)"), [writing.number(count)])
      case .empty: "  " + writing.localized("none", context: "empty section")
      }
    }
  }

  init(open: OpenPlans) {
    self.open = open
    let soon = open.views.map { view in
      view.facts.nextMeetings.filter { meeting in
        guard let date = meeting.date else { return false }
        return view.today.days(until: date.latestDay) <= WatchScreen.soonDays
      }
    }
    let unreported = OfPlan.merging(open.views.map(\.facts.meetingsWithoutReport), by: Schedule.byLatestDay)
    let coming = OfPlan.merging(soon, by: Schedule.byLatestDay)
    // The longest overdue first, whichever plan it is of.
    let overdue = OfPlan.merging(open.views.map(\.facts.overdue)) { $0.daysOverdue > $1.daysOverdue }
    let sections: [(Heading, [OfPlan<Entry>])] = [
      (.unreported(unreported.count), unreported.map { OfPlan(plan: $0.plan, item: .unreported($0.item)) }),
      (.soon(coming.count), coming.map { OfPlan(plan: $0.plan, item: .soon($0.item)) }),
      (.overdue(overdue.count), overdue.map { OfPlan(plan: $0.plan, item: .overdue($0.item)) }),
    ]
    var entries: [OfPlan<Entry>] = []
    var rows: [Int?] = []
    var headings: [Int: Heading] = [:]
    for (index, (heading, items)) in sections.enumerated() {
      if index > 0 { rows.append(nil) }
      headings[rows.count] = heading
      rows.append(nil)
      if items.isEmpty {
        headings[rows.count] = .empty
        rows.append(nil)
      }
      for item in items {
        rows.append(entries.count)
        entries.append(item)
      }
    }
    self.entries = entries
    self.rows = rows
    self.headings = headings
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area), rowItems: rows))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let overdue = entries.compactMap { if case .overdue(let item) = $0.item { item } else { nil } }
    let idWidth = overdue.map { DisplayWidth.of(glyphs.text($0.id)) }.max() ?? 0
    let whenWidth = min(22, max(0, geometry.viewport.width / 4))
    let tagWidth = open.tagWidth(glyphs)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else {
        guard let heading = headings[row.row] else { return }
        grid.write(
          heading.text(context.writing), in: row.content,
          style: heading == .empty ? Style(.dimText) : Style(.title, [.bold]))
        return
      }
      let entry = entries[item]
      let area = open.tag(entry.plan, in: row.content, width: tagWidth, glyphs: glyphs, into: &grid)
      let context = open.context(context, of: entry.plan)
      switch entry.item {
      case .unreported(let meeting), .soon(let meeting):
        TimelineScreen.renderMeeting(
          meeting, upcoming: context.schedule.upcoming.contains { $0.id == meeting.id }, whenWidth: whenWidth,
          context: context, in: area, into: &grid)
      case .overdue(let item):
        var dx = grid.write("\(glyphs.overdue) ", in: area, style: Style(.statusOverdue, .bold))
        dx += grid.write(
          TextFit.pad(glyphs.text(item.id), to: idWidth) + " ", in: area, dx: dx, style: Style(.text, .bold))
        let due = Template.fill(
          context.writing.localized("due %1$s, %2$s"),
          [
            glyphs.text(item.due),
            context.writing.localized("%d day late", plural: "%d days late", count: item.daysOverdue),
          ])
        dx += grid.write(TextFit.pad(due, to: 28), in: area, dx: dx, style: Style(.dimText)) + 1
        grid.write(
          TextFit.truncate(glyphs.text(item.what), to: max(0, area.width - dx), ellipsis: glyphs.ellipsis), in: area,
          dx: dx)
      }
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    guard entries.indices.contains(item) else { return nil }
    switch entries[item].item {
    case .unreported(let meeting), .soon(let meeting): return .meeting(meeting.id)
    case .overdue(let item): return .commitment(item.commitmentID)
    }
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    guard entries.indices.contains(item) else { return nil }
    switch entries[item].item {
    case .unreported(let meeting), .soon(let meeting): return meeting.title
    case .overdue(let item): return item.id + " " + item.what
    }
  }

  func plan(of item: Int) -> Int? {
    entries.indices.contains(item) ? open.other(entries[item].plan) : nil
  }
}
