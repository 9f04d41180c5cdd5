import AccordCore

/// What stays in sight on every kiosk page: the countdown to the period's end, today's date
/// and the time, and where the cycle is. One row; on a wall screen (200x60 and up) the
/// countdown and the clock in block figures.
struct KioskBand: Widget {
  let context: ScreenContext
  let kiosk: Kiosk
  /// The wall clock, once the loop has read it.
  let now: WallTime?

  static func height(for size: TerminalSize) -> Int {
    size.width >= 200 && size.height >= 60 ? BigDigits.height + 2 : 1
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let schedule = context.schedule
    let glyphs = context.glyphs
    let clock = [context.today.description, now?.hoursAndMinutes].compactMap { $0 }.joined(separator: " ")
    let pages = kiosk.pages.indices.map { $0 == kiosk.index ? (glyphs.ascii ? "#" : "●") : (glyphs.ascii ? "." : "○") }.joined()
    let page = "\(pages) \(kiosk.index + 1)/\(kiosk.pages.count) \(glyphs.text(kiosk.pageTitle(in: context.plan)))"
    grid.fill(area, style: Style(.header))

    if area.height >= BigDigits.height + 2 {
      let figures = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: BigDigits.height)
      let days = String(max(0, schedule.daysToPeriodEnd))
      grid.draw(BigDigits(days, style: Style(.header, .bold), ascii: glyphs.ascii), in: figures)
      let textX = BigDigits.width(of: days) + 2
      grid.write("days to the end of the period, \(context.plan.info.periodEnd)", in: figures, dx: textX, dy: 1, style: Style(.header, .bold))
      grid.write(CountdownWidget(schedule: schedule, glyphs: glyphs).validity, in: figures, dx: textX, dy: 3, style: Style(.header))
      if let now {
        let time = now.hoursAndMinutes
        let timeWidth = BigDigits.width(of: time)
        grid.draw(BigDigits(time, style: Style(.header, .bold), ascii: glyphs.ascii), in: Rect(x: figures.right - timeWidth, y: figures.y, width: timeWidth, height: BigDigits.height))
        grid.writeRight(context.today.description + "  ", in: Rect(x: figures.x, y: figures.y + 1, width: figures.width - timeWidth, height: 1), style: Style(.header, .bold))
      }
      grid.writeRight(page + " ", in: Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1), style: Style(.header))
      return
    }

    let countdown = CountdownWidget(schedule: schedule, glyphs: glyphs).period
    let left = " \(countdown.figure)\(countdown.words)"
    let right = "\(clock)\(glyphs.separator)\(page) "
    grid.write(left, in: area, style: Style(.header, .bold))
    if DisplayWidth.of(left) + DisplayWidth.of(right) < area.width {
      grid.writeRight(right, in: area, style: Style(.header))
    }
  }
}
