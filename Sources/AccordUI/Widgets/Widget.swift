import AccordText

/// Something that draws itself inside a rectangle of a grid and never outside it. Every widget
/// must cope with any rectangle, empty ones included.
public protocol Widget {
  func render(in area: Rect, into grid: inout CellGrid)
}

extension CellGrid {
  public mutating func draw(_ widget: some Widget, in area: Rect) {
    widget.render(in: area.intersection(self.area), into: &self)
  }

  /// Writes `text` inside `area`'s first row from column `dx`, never past its right edge.
  @discardableResult
  public mutating func write(_ text: String, in area: Rect, dx: Int = 0, dy: Int = 0, style: Style = .text) -> Int {
    guard !area.isEmpty, dy >= 0, dy < area.height, dx >= 0, dx < area.width else { return 0 }
    return write(text, x: area.x + dx, y: area.y + dy, limit: area.width - dx, style: style)
  }

  /// Writes `text` right-aligned in `area`'s row `dy`.
  @discardableResult
  public mutating func writeRight(_ text: String, in area: Rect, dy: Int = 0, style: Style = .text) -> Int {
    let columns = DisplayWidth.of(text)
    guard columns <= area.width else { return write(text, in: area, dy: dy, style: style) }
    return write(text, in: area, dx: area.width - columns, dy: dy, style: style)
  }
}
