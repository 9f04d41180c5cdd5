import AccordCore
import AccordLocalization
import AccordText

/// The days left in the plan's period as the main figure, with the end of its legal validity
/// beside it: `402 days to period end 2027-12-31 · valid until 2028-02-13, 446 days`.
public struct CountdownWidget: Widget {
  public var schedule: Schedule
  public var glyphs: Glyphs
  public var writing: Writing

  public init(schedule: Schedule, glyphs: Glyphs, writing: Writing = .english) {
    self.schedule = schedule
    self.glyphs = glyphs
    self.writing = writing
  }

  private func days(_ count: Int) -> String { writing.localized("%d day", plural: "%d days", count: count) }

  /// The main figure and the words after it, apart so the figure can stand out.
  var period: (figure: String, words: String) {
    let days = schedule.daysToPeriodEnd
    let end = [writing.day(schedule.info.periodEnd)]
    switch days {
    case 1...: return (self.days(days), " " + Template.fill(writing.localized("to period end %1$s"), end))
    case 0: return (self.days(0), ": " + Template.fill(writing.localized("the period ends today, %1$s"), end))
    default: return (self.days(-days), " " + Template.fill(writing.localized("since the period ended %1$s"), end))
    }
  }

  var validity: String {
    let days = schedule.daysToValidityEnd
    let end = writing.day(schedule.info.validUntil)
    switch days {
    case 1...: return Template.fill(writing.localized("valid until %1$s, %2$s"), [end, self.days(days)])
    case 0: return Template.fill(writing.localized("validity ends today, %1$s"), [end])
    default:
      return Template.fill(
        writing.localized("validity ended %1$s, %2$s"),
        [end, writing.localized("%d day ago", plural: "%d days ago", count: -days)])
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
