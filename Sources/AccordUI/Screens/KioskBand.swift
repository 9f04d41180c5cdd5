import AccordCore
import AccordLocalization
import AccordText

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
    let writing = context.writing
    let clock = [writing.day(context.today), now.map { writing.digits($0.hoursAndMinutes) }].compactMap { $0 }
      .joined(separator: " ")
    let pages = kiosk.pages.indices.map { $0 == kiosk.index ? (glyphs.ascii ? "#" : "●") : (glyphs.ascii ? "." : "○") }
      .joined()
    let number = writing.digits("\(kiosk.index + 1)/\(kiosk.pages.count)")
    let title = glyphs.text(kiosk.pageTitle(in: context.plan, writing: writing))
    let page = "\(pages) \(number) \(title)"
    grid.fill(area, style: Style(.header))

    if area.height >= BigDigits.height + 2 {
      let figures = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: BigDigits.height)
      let days = String(max(0, schedule.daysToPeriodEnd))
      grid.draw(BigDigits(days, style: Style(.header, .bold), ascii: glyphs.ascii), in: figures)
      let textX = BigDigits.width(of: days) + 2
      grid.write(
        Template.fill(
          writing.localized("days to the end of the period, %1$s"), [writing.day(context.plan.info.periodEnd)]),
        in: figures, dx: textX, dy: 1,
        style: Style(.header, .bold))
      grid.write(
        CountdownWidget(schedule: schedule, glyphs: glyphs, writing: writing).validity, in: figures, dx: textX, dy: 3,
        style: Style(.header))
      if let now {
        let time = now.hoursAndMinutes
        let timeWidth = BigDigits.width(of: time)
        grid.draw(
          BigDigits(time, style: Style(.header, .bold), ascii: glyphs.ascii),
          in: Rect(x: figures.right - timeWidth, y: figures.y, width: timeWidth, height: BigDigits.height))
        grid.writeRight(
          writing.day(context.today) + "  ",
          in: Rect(x: figures.x, y: figures.y + 1, width: figures.width - timeWidth, height: 1),
          style: Style(.header, .bold))
      }
      grid.writeRight(
        page + " ", in: Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1), style: Style(.header))
      return
    }

    // At 80 columns the countdown, clock, date and page number must all stay: the page dots
    // go first, then the end date, then the page title is cut.
    let countdown = CountdownWidget(schedule: schedule, glyphs: glyphs, writing: writing).period
    let end = " " + writing.day(context.plan.info.periodEnd)
    let fullLeft = " \(countdown.figure)\(countdown.words)"
    let shortLeft =
      countdown.words.hasSuffix(end) ? " \(countdown.figure)\(countdown.words.dropLast(end.count))" : fullLeft
    let candidates = [
      (fullLeft, "\(clock)\(glyphs.separator)\(page) "), (fullLeft, "\(clock)\(glyphs.separator)\(number) \(title) "),
      (shortLeft, "\(clock)\(glyphs.separator)\(number) \(title) "),
    ]
    let fitting = candidates.first { DisplayWidth.of($0.0) + DisplayWidth.of($0.1) < area.width }
    let left = fitting?.0 ?? shortLeft
    let right =
      fitting?.1
      ?? "\(clock)\(glyphs.separator)\(number) "
      + TextFit.truncate(
        title, to: max(0, area.width - DisplayWidth.of(left) - DisplayWidth.of(clock + glyphs.separator + number) - 3),
        ellipsis: glyphs.ellipsis)
      + " "
    grid.write(left, in: area, style: Style(.header, .bold))
    if DisplayWidth.of(left) + DisplayWidth.of(right) < area.width {
      grid.writeRight(right, in: area, style: Style(.header))
    }
  }
}
