import AccordUI
import CNcursesw

extension NcursesTerminal {
  /// Paints the grid into curses' virtual screen and sends the difference in one update.
  ///
  /// Each cell is placed at its own column with `mvwaddnwstr` (never `setcchar`, which drops
  /// the second consonant of a Khmer cluster), so a width disagreement can never shift the rest
  /// of a row; only runs of ASCII, one column each to curses as to accord, go in one call.
  /// Continuation cells are painted by the wide cell to their left.
  public func paint(_ grid: CellGrid) {
    let rows = min(grid.height, size.height)
    let columns = min(grid.width, size.width)
    // Curses still holds the last grid's cells: only those that changed need its work (a key
    // changes a few hundred of the thousands). After a resize, a theme or a redraw, all of them.
    let previous = needsFullRedraw ? nil : painted
    painted = grid
    // A whole paint starts from an erased window: a space in the terminal's own colours is there
    // already and needs no call (most of a screen's background).
    if previous == nil { werase(window) }
    var styles = self.styles
    // Changed cells come in runs of one style (a border, a row): curses is told at each change.
    var current: Style? = nil

    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: max(Self.scalarsPerCell, columns)) { wide in
      // A run of ASCII cells side by side in one style: a call each was a third of the paint.
      var run = ASCIIRun()
      var currentIsBlank = false
      grid.forEachChange(since: previous, width: columns, height: rows) { x, y, cell in
        let ascii = cell.glyph.ascii
        if ascii == nil || cell.style != current || y != run.y || x != run.x + run.count {
          run.paint(into: window, from: wide)
        }
        if cell.style != current {
          let wanted = styles.attributes(for: cell.style)
          // The extended pair goes through the last argument; the short one is a fallback.
          var pair = wanted.pair
          wattr_set(window, wanted.attributes, Int16(truncatingIfNeeded: pair), &pair)
          current = cell.style
          currentIsBlank = wanted.attributes == accord_a_normal() && wanted.pair == 0
        }
        if previous == nil && currentIsBlank && ascii == UInt8(ascii: " ") { return }
        if let ascii {
          if run.count == 0 { (run.x, run.y) = (x, y) }
          wide[run.count] = wchar_t(ascii)
          run.count += 1
          return
        }
        let count = Self.scalars(of: cell.glyph, into: wide)
        // A cell too wide for the last column, or the bottom-right corner, reports ERR
        // after storing what fits; scrollok is off, so nothing ever scrolls.
        _ = mvwaddnwstr(window, Int32(y), Int32(x), wide.baseAddress, Int32(count))
      }
      run.paint(into: window, from: wide)
    }
    self.styles = styles
    if columns < size.width {
      wattr_set(window, accord_a_normal(), 0, nil)
      for y in 0..<rows {
        wmove(window, Int32(y), Int32(columns))
        wclrtoeol(window)
      }
    }
    if rows < size.height {
      wattr_set(window, accord_a_normal(), 0, nil)
      wmove(window, Int32(rows), 0)
      wclrtobot(window)
    }
    wattr_set(window, accord_a_normal(), 0, nil)

    if needsFullRedraw {
      clearok(window, true)
      needsFullRedraw = false
    }
    wnoutrefresh(window)
    doupdate()
    if hyperlinks { paintLinks(grid, previous: previous, rows: rows, columns: columns) }
    enterOwnModes()
  }

  /// Curses keeps a base character and four marks a cell (CCHARW_MAX); more than that it drops.
  private static let scalarsPerCell = 32

  /// The cell's code points as wide characters, a space for an empty cell; marks past
  /// `scalarsPerCell` (only a hostile cluster has them) are left out.
  private static func scalars(of glyph: CellSymbol, into wide: UnsafeMutableBufferPointer<wchar_t>) -> Int {
    var count = 0
    glyph.withUTF8 { utf8 in
      _ = transcode(utf8.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) { scalar in
        if count < wide.count {
          wide[count] = wchar_t(bitPattern: scalar)
          count += 1
        }
      }
    }
    if count == 0 {
      wide[0] = wchar_t(32)
      count = 1
    }
    return count
  }
}

/// Where a run of ASCII cells starts and how many of its characters wait in the buffer. (A
/// local function capturing the run cost an exclusivity check at each of its uses.)
private struct ASCIIRun {
  var x = 0
  var y = 0
  var count = 0

  mutating func paint(into window: UnsafeMutablePointer<WINDOW>, from wide: UnsafeMutableBufferPointer<wchar_t>) {
    guard count > 0 else { return }
    _ = mvwaddnwstr(window, Int32(y), Int32(x), wide.baseAddress, Int32(count))
    count = 0
  }
}
