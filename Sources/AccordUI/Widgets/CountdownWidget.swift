import AccordCore
import AccordText

/// The days left in the plan's period as the main figure, with the end of its legal validity
/// beside it: `402 days to period end 2027-12-31 · valid until 2028-02-13, 446 days`.
public struct CountdownWidget: Widget {
  public var schedule: Schedule
  public var glyphs: Glyphs

  public init(schedule: Schedule, glyphs: Glyphs) {
    self.schedule = schedule
    self.glyphs = glyphs
  }

  /// The main figure and the words after it, apart so the figure can stand out.
  var period: (figure: String, words: String) {
    let days = schedule.daysToPeriodEnd
    let end = schedule.info.periodEnd
    switch days {
    case 1...: return ("\(days) \(days == 1 ? "day" : "days")", " to period end \(end)")
    case 0: return ("0 days", ": the period ends today, \(end)")
    default: return ("\(-days) \(days == -1 ? "day" : "days")", " since the period ended \(end)")
    }
  }

  var validity: String {
    let days = schedule.daysToValidityEnd
    let end = schedule.info.validUntil
    switch days {
    case 1...: return "valid until \(end), \(days) \(days == 1 ? "day" : "days")"
    case 0: return "validity ends today, \(end)"
    default: return "validity ended \(end), \(-days) days ago"
    }
  }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let (figure, words) = period
    var x = grid.write(figure, in: area, style: Style(.title, [.bold, .reverse]))
    x += grid.write(words, in: area, dx: x, style: Style(.text, [.bold]))
    let rest = glyphs.separator + validity
    if area.width - x >= DisplayWidth.of(rest) {
      grid.write(rest, in: area, dx: x)
    }
  }
}
