import AccordCore
import AccordLocalization
import AccordText

/// A horizontal bar of filled and empty cells with a figure after it, e.g. `███░░░ 1/5 20%`.
/// The figure is kept whole and the bar takes what is left; with no room for a bar of at
/// least three cells only the figure is drawn.
public struct Gauge: Widget {
  public var ratio: Double
  public var label: String
  public var glyphs: Glyphs
  /// False when there is nothing to measure: an empty bar would read as "none done".
  public var hasData: Bool

  public init(ratio: Double, label: String, glyphs: Glyphs, hasData: Bool = true) {
    self.ratio = ratio.isFinite ? min(1, max(0, ratio)) : 0
    self.label = label
    self.glyphs = glyphs
    self.hasData = hasData
  }

  /// Deliverables done of a sector, pillar or plan: `███░░░ 1/5 20%`, or `no deliverables`.
  public static func deliverables(_ summary: ProgressSummary, glyphs: Glyphs, writing: Writing = .english) -> Gauge {
    Gauge(
      ratio: summary.shareDone,
      label: figure(done: summary.deliverablesDone, of: summary.deliverables, writing: writing),
      glyphs: glyphs, hasData: summary.deliverables > 0)
  }

  /// `1/5 20%`; `no deliverables` when there is nothing to count.
  public static func figure(done: Int, of total: Int, writing: Writing = .english) -> String {
    guard total > 0 else { return writing.localized("no deliverables") }
    return writing.digits("\(done)/\(total) \(percent(Double(done) / Double(total)))")
  }

  public static func percent(_ share: Double) -> String {
    guard share.isFinite else { return "0%" }
    return "\(Int((min(1, max(0, share)) * 100).rounded()))%"
  }

  /// Filled cells out of `width`: any progress at all shows at least one cell, and only a
  /// complete bar is full.
  public static func filled(_ ratio: Double, width: Int) -> Int {
    guard width > 0 else { return 0 }
    if ratio >= 1 { return width }
    if ratio <= 0 { return 0 }
    return min(width - 1, max(1, Int((ratio * Double(width)).rounded())))
  }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    guard hasData else {
      grid.write(label, in: area, style: Style(.dimText))
      return
    }
    let labelWidth = DisplayWidth.of(label)
    let barWidth = area.width - labelWidth - (label.isEmpty ? 0 : 1)
    guard barWidth >= 3 else {
      grid.write(label, in: area)
      return
    }
    let fill = Gauge.filled(ratio, width: barWidth)
    grid.fill(Rect(x: area.x, y: area.y, width: fill, height: 1), style: Style(.gaugeFill), symbol: glyphs.gaugeFill)
    grid.fill(
      Rect(x: area.x + fill, y: area.y, width: barWidth - fill, height: 1), style: Style(.gaugeTrack),
      symbol: glyphs.gaugeTrack)
    if !label.isEmpty { grid.write(label, in: area, dx: barWidth + 1) }
  }
}
