import AccordCore

/// The in-memory screen every view draws into: a grid of cells with semantic styles. A backend
/// only paints it, and tests read it back as text.
public struct CellGrid: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Writes `text` from (x, y), clipped to `limit` columns (and to the grid), cutting only
  /// between grapheme clusters. A wide cluster that would straddle the limit is left out and
  /// its column filled with a space. Returns the columns written.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .text) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit.map { x + max(0, $0) } ?? width)
    var column = x
    for character in SafeText.sanitized(text) {
      let columns = DisplayWidth.of(character)
      if columns == 0 {
        // A mark with nothing to sit on: join it to the cluster to its left, if any.
        if column > x, column - 1 >= 0, column - 1 < width {
          var base = column - 1
          while base > 0 && self[base, y].isContinuation { base -= 1 }
          self[base, y].symbol.append(character)
        }
        continue
      }
      guard column + columns <= end else {
        if column < end { fill(Rect(x: column, y: y, width: end - column, height: 1), style: style) }
        column = end
        break
      }
      if column >= 0 {
        clearWide(at: column, y: y)
        self[column, y] = Cell(String(character), style: style)
        for extra in 1..<max(1, columns) {
          clearWide(at: column + extra, y: y)
          self[column + extra, y] = Cell("", style: style)
        }
      }
      column += columns
    }
    return max(0, column - x)
  }

  /// Overwriting half of a wide character must not leave the other half behind.
  private mutating func clearWide(at x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    if self[x, y].isContinuation, x > 0 {
      var base = x - 1
      while base > 0 && self[base, y].isContinuation { base -= 1 }
      self[base, y] = Cell(" ", style: self[base, y].style)
      for column in (base + 1)..<x { self[column, y] = Cell(" ", style: self[column, y].style) }
    }
    var next = x + 1
    while next < width && self[next, y].isContinuation {
      self[next, y] = Cell(" ", style: self[next, y].style)
      next += 1
    }
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(_ rect: Rect, style: Style = .text, symbol: String = " ") {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.bottom {
      for x in clipped.x..<clipped.right {
        clearWide(at: x, y: y)
        self[x, y] = Cell(symbol, style: style)
      }
    }
  }

  /// Changes the style of a rectangle, keeping its symbols (a selection bar, a highlight).
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.bottom {
      for x in clipped.x..<clipped.right { change(&self[x, y].style) }
    }
  }

  /// Copies whole rows `rows` by `dy` rows (up when negative), rows outside the grid left out.
  /// Whole rows, so a wide character is never split from its continuation.
  public mutating func moveRows(_ rows: Range<Int>, by dy: Int) {
    let order = dy < 0 ? Array(rows) : rows.reversed()
    for y in order where (0..<height).contains(y) && (0..<height).contains(y + dy) {
      let from = y * width
      cells.replaceSubrange((y + dy) * width..<(y + dy + 1) * width, with: cells[from..<from + width])
    }
  }

  /// Row `y` as text, continuation cells skipped, trailing spaces trimmed.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<width { text += self[x, y].symbol }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The whole grid as text, one line a row.
  public var lines: [String] { (0..<height).map(line) }

  public var text: String { lines.joined(separator: "\n") }
}
