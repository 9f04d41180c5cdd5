import AccordCore
import AccordLocalization
import AccordText

/// A horizontal time axis from `start` to `end`: a today marker above it, meetings as marks on
/// it (the plan's own commissions with shapes of their own, in bold), year ticks and labels
/// below it, and a legend when there is a fourth row.
public struct TimelineAxis: Widget {
  public var start: Day
  public var end: Day
  public var today: Day
  public var meetings: [Meeting]
  public var glyphs: Glyphs
  public var writing: Writing

  public init(start: Day, end: Day, today: Day, meetings: [Meeting], glyphs: Glyphs, writing: Writing = .english) {
    self.writing = writing
    self.start = start
    self.end = max(end, start.adding(days: 1))
    self.today = today
    self.meetings = meetings
    self.glyphs = glyphs
  }

  /// The column of `day` in `width` columns, nil when it is outside the axis.
  public func column(of day: Day, width: Int) -> Int? {
    guard width > 0, start <= day, day <= end else { return nil }
    let span = start.days(until: end)
    return start.days(until: day) * (width - 1) / span
  }

  /// Where a meeting goes: its first day, or the middle of its month or year when the day is
  /// not known (drawn dim, as the position is a guess).
  static func anchor(_ date: PlanDate) -> Day {
    if date.isExactDay { return date.earliestDay }
    let first = date.earliestDay
    return first.adding(days: first.days(until: date.latestDay) / 2)
  }

  /// A key for each mark that some meeting on the axis has: a mark with nothing to mark (no
  /// Joint Border Committee meeting is reported) would promise what the data lacks.
  public var legend: String {
    let types: [(MeetingType, String)] = [
      (.jointCommission, "JC"), (.jointTradeCommission, "JTC"), (.jointBorderCommittee, "JBC"),
      (.visit, writing.localized("visit/signing")), (.other, writing.localized("other", context: "meeting type")),
    ]
    let drawn = meetings.filter { meeting in
      meeting.date.map { column(of: TimelineAxis.anchor($0), width: 2) != nil } ?? false
    }
    let marked = Set(drawn.map { glyphs.mark($0.type) })
    let keys = types.filter { marked.contains(glyphs.mark($0.0)) }.map { "\(glyphs.mark($0.0)) \($0.1)" }
    return (keys + ["\(glyphs.todayMarker) " + writing.localized("today")]).joined(separator: "  ")
  }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let width = area.width
    let axisRow = min(1, area.height - 1)
    // Today's marker above the axis, labelled on whichever side has room.
    if area.height >= 2, let x = column(of: today, width: width) {
      grid.write(glyphs.todayMarker, in: area, dx: x, style: Style(.today, [.bold]))
      let label = Template.fill(writing.localized("today %1$s"), [writing.day(today)])
      let labelWidth = DisplayWidth.of(label)
      if x + 2 + labelWidth <= width {
        grid.write(label, in: area, dx: x + 2, style: Style(.today))
      } else if x - 1 - labelWidth >= 0 {
        grid.write(label, in: area, dx: x - 1 - labelWidth, style: Style(.today))
      }
    }
    grid.write(String(repeating: glyphs.axis, count: width), in: area, dy: axisRow, style: Style(.border))
    var labelEnd = 0
    for year in (start.year + 1)...max(start.year + 1, end.year) {
      guard let x = column(of: Day(year: year, month: 1, day: 1), width: width) else { continue }
      grid.write(glyphs.tick, in: area, dx: x, dy: axisRow, style: Style(.border))
      let label = writing.number(year)
      // A year near the right edge (the validity's end is early in it) ends at the edge instead.
      let at = min(x, width - DisplayWidth.of(label))
      if area.height >= 3, at >= labelEnd {
        labelEnd = at + grid.write(label, in: area, dx: at, dy: axisRow + 1, style: Style(.dimText)) + 1
      }
    }
    if area.height >= 3,
      DisplayWidth.of(writing.number(start.year))
        < (column(of: Day(year: start.year + 1, month: 1, day: 1), width: width) ?? width)
    {
      grid.write(writing.number(start.year), in: area, dy: axisRow + 1, style: Style(.dimText))
    }
    // The plan's own meetings last, so a commission is never hidden under a minor meeting.
    for principal in [false, true] {
      for meeting in meetings where meeting.type.isPrincipal == principal {
        guard let date = meeting.date, let x = column(of: TimelineAxis.anchor(date), width: width) else { continue }
        var emphasis: Style.Emphasis = principal ? [.bold] : []
        if !date.isExactDay { emphasis.insert(.dim) }
        grid.write(glyphs.mark(meeting.type), in: area, dx: x, dy: axisRow, style: Style(.mark(meeting.type), emphasis))
      }
    }
    if area.height >= 4 {
      grid.write(legend, in: area, dy: axisRow + 2, style: Style(.dimText))
    }
  }
}
