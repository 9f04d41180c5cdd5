import AccordCore
import AccordText

/// The in-memory screen every view draws into: a grid of cells with semantic styles. A backend
/// only paints it, and tests read it back as text.
public struct CellGrid: Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// The runs of cells that show a web address. Anything drawn over one later leaves it here:
  /// the backend links a run only while its cells still show part of the address.
  public private(set) var links: [CellLink] = []

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
    if let written = writeSingleColumnScalars(text, x: x, y: y, end: end, style: style) { return written }
    var column = x
    let safe = SafeText.sanitized(text)
    if let clusters = LaoKhmerClusters.of(safe) {
      for cluster in clusters {
        guard place(safe[cluster.range], columns: cluster.columns, at: &column, x: x, y: y, end: end, style: style)
        else { break }
      }
    } else {
      for character in safe {
        guard
          place(String(character), columns: DisplayWidth.of(character), at: &column, x: x, y: y, end: end, style: style)
        else { break }
      }
    }
    return max(0, column - x)
  }

  /// Writes one grapheme cluster of `columns` at `column` and moves past it; false when it
  /// does not fit before `end`, whose columns left are filled instead.
  private mutating func place(
    _ cluster: some StringProtocol, columns: Int, at column: inout Int, x: Int, y: Int, end: Int, style: Style
  ) -> Bool {
    if columns == 0 {
      // A mark with nothing to sit on: join it to the cluster to its left, if any.
      if column > x, column - 1 >= 0, column - 1 < width {
        var base = column - 1
        while base > 0 && self[base, y].isContinuation { base -= 1 }
        self[base, y].symbol.append(contentsOf: cluster)
      }
      return true
    }
    guard column + columns <= end else {
      if column < end { fill(Rect(x: column, y: y, width: end - column, height: 1), style: style) }
      column = end
      return false
    }
    if column >= 0 {
      clearWide(at: column, y: y)
      self[column, y] = Cell(String(cluster), style: style)
      for extra in 1..<max(1, columns) {
        clearWide(at: column + extra, y: y)
        self[column + extra, y] = Cell(.empty, style: style)
      }
    }
    column += columns
    return true
  }

  /// Most text on screen is ASCII, box drawing, blocks and Latin letters: one code point a
  /// cell, so no clusters to find, no widths to look up, and wide characters to mend only at
  /// the ends of the run. Nil for any other text, which the general path writes.
  private mutating func writeSingleColumnScalars(_ text: String, x: Int, y: Int, end: Int, style: Style) -> Int? {
    var text = text
    return text.withUTF8 { utf8 in
      var count = 0
      var offset = 0
      while offset < utf8.count {
        let (value, length) = Self.decode(utf8, at: offset)
        guard DisplayWidth.isSingleColumnCluster(value) else { return nil }
        count += 1
        offset += length
      }
      let first = max(x, 0)
      let stop = min(end, x + count)
      guard first < stop else { return max(0, stop - x) }
      clearWide(at: first, y: y)
      if stop - 1 > first { clearWide(at: stop - 1, y: y) }
      let row = y * width
      cells.withUnsafeMutableBufferPointer { cells in
        var column = x
        offset = 0
        while column < stop {
          let length = Self.decode(utf8, at: offset).length
          if column >= first {
            let symbol =
              length == 1
              ? CellSymbol(ascii: utf8[offset])
              : CellSymbol(utf8: UnsafeBufferPointer(rebasing: utf8[offset..<offset + length]))
            cells[row + column] = Cell(symbol, style: style)
          }
          offset += length
          column += 1
        }
      }
      return stop - x
    }
  }

  /// The code point that starts at `offset` of valid UTF-8 (as a String's always is), and its
  /// length in bytes.
  private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(utf8[offset])
    if lead < 0x80 { return (lead, 1) }
    func continuation(_ index: Int) -> UInt32 { UInt32(utf8[offset + index]) & 0x3F }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
    return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
  }

  /// Overwriting half of a wide character must not leave the other half behind.
  private mutating func clearWide(at x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    if self[x, y].isContinuation, x > 0 {
      var base = x - 1
      while base > 0 && self[base, y].isContinuation { base -= 1 }
      self[base, y] = Cell(.space, style: self[base, y].style)
      for column in (base + 1)..<x { self[column, y] = Cell(.space, style: self[column, y].style) }
    }
    var next = x + 1
    while next < width && self[next, y].isContinuation {
      self[next, y] = Cell(.space, style: self[next, y].style)
      next += 1
    }
  }

  /// Marks `width` cells from (x, y), which show `address` or a part of it, as its link.
  public mutating func link(_ address: String, x: Int, y: Int, width: Int) {
    let start = max(0, x)
    let end = min(self.width, x + width)
    guard y >= 0, y < height, start < end else { return }
    links.append(CellLink(x: start, y: y, width: end - start, address: address))
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(_ rect: Rect, style: Style = .text, symbol: String = " ") {
    let clipped = rect.intersection(area)
    guard !clipped.isEmpty else { return }
    let cell = Cell(symbol, style: style)
    for y in clipped.y..<clipped.bottom {
      // Inside the run every cell is overwritten: only its ends can cut a wide character.
      clearWide(at: clipped.x, y: y)
      if clipped.width > 1 { clearWide(at: clipped.right - 1, y: y) }
      let row = y * width
      cells.withUnsafeMutableBufferPointer { cells in
        UnsafeMutableBufferPointer(rebasing: cells[row + clipped.x..<row + clipped.right]).update(repeating: cell)
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

extension CellGrid: Equatable {
  /// Written out, not derived, so the comparison of cells is inlined here instead of a call a
  /// cell from another module: each frame is compared with the last one.
  public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
    guard lhs.width == rhs.width, lhs.height == rhs.height else { return false }
    return lhs.cells.withUnsafeBufferPointer { left in
      rhs.cells.withUnsafeBufferPointer { right in
        for index in left.indices where left[index] != right[index] { return false }
        return true
      }
    }
  }

  /// Calls `body` with each cell, row by row in the top-left `width` by `height`, that is not
  /// the same as in `previous` (every one when there is no previous grid of this size).
  /// Continuation cells are left out: an unchanged wide cell has its unchanged continuation,
  /// as a grid never splits them.
  public func forEachChange(
    since previous: CellGrid?, width: Int, height: Int, _ body: (_ x: Int, _ y: Int, _ cell: Cell) -> Void
  ) {
    let previous = previous.flatMap { $0.width == self.width && $0.height == self.height ? $0.cells : nil }
    for y in 0..<min(height, self.height) {
      let row = y * self.width
      for x in 0..<min(width, self.width) {
        let cell = cells[row + x]
        if cell.isContinuation { continue }
        if let previous, previous[row + x] == cell { continue }
        body(x, y, cell)
      }
    }
  }
}
