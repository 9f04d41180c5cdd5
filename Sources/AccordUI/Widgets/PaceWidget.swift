import AccordCore
import AccordLocalization
import AccordText

/// How far through the period the plan is against how much of it is done: two gauges, the
/// share of the period gone and the share of deliverables reported done.
public struct PaceWidget: Widget {
  public var elapsed: Double
  public var done: Int
  public var deliverables: Int
  public var glyphs: Glyphs
  public var writing: Writing

  public init(elapsed: Double, done: Int, deliverables: Int, glyphs: Glyphs, writing: Writing = .english) {
    self.writing = writing
    self.elapsed = elapsed
    self.done = done
    self.deliverables = deliverables
    self.glyphs = glyphs
  }

  var doneShare: Double { deliverables == 0 ? 0 : Double(done) / Double(deliverables) }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let lead = writing.localized("Pace: period") + " "
    let gone = " " + Template.fill(writing.localized("%1$s gone"), [writing.digits(Gauge.percent(elapsed))])
    // TRANSLATORS: before a gauge of the deliverables reported done.
    let middle = glyphs.separator + writing.localized("deliverables") + " "
    let doneText =
      " "
      + Template.fill(
        writing.localized("%1$s done (%2$s/%3$s)"),
        [writing.digits(Gauge.percent(doneShare)), writing.number(done), writing.number(deliverables)])
    let verdict = doneShare + 0.005 < elapsed ? glyphs.separator + writing.localized("behind the calendar") : ""
    let fixed = [lead, gone, middle, doneText].map(DisplayWidth.of).reduce(0, +)
    var bar = min(20, (area.width - fixed - DisplayWidth.of(verdict)) / 2)
    let showVerdict = bar >= 4
    if !showVerdict { bar = min(20, (area.width - fixed) / 2) }
    guard bar >= 3 else {
      grid.write(writing.localized("Pace:") + gone + "," + doneText, in: area)
      return
    }
    var x = grid.write(lead, in: area, style: Style(.text, [.bold]))
    grid.draw(
      Gauge(ratio: elapsed, label: "", glyphs: glyphs), in: Rect(x: area.x + x, y: area.y, width: bar, height: 1))
    x += bar
    x += grid.write(gone, in: area, dx: x)
    x += grid.write(middle, in: area, dx: x, style: Style(.text, [.bold]))
    grid.draw(
      Gauge(ratio: doneShare, label: "", glyphs: glyphs), in: Rect(x: area.x + x, y: area.y, width: bar, height: 1))
    x += bar
    x += grid.write(doneText, in: area, dx: x)
    if showVerdict { grid.write(verdict, in: area, dx: x, style: Style(.warning)) }
  }
}
