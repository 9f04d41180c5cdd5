import AccordUI
import CNcursesw

extension NcursesTerminal {
  /// Paints the grid into curses' virtual screen and sends the difference in one update.
  ///
  /// Each cell is placed at its own column with `mvwaddnwstr` (never `setcchar`, which drops
  /// the second consonant of a Khmer cluster), so a width disagreement can never shift the rest
  /// of a row. Continuation cells are painted by the wide cell to their left.
  public func paint(_ grid: CellGrid) {
    let rows = min(grid.height, size.height)
    let columns = min(grid.width, size.width)
    // Curses still holds the last grid's cells: only those that changed need its work (a key
    // changes a few hundred of the thousands). After a resize, a theme or a redraw, all of them.
    let previous = needsFullRedraw ? nil : painted
    painted = grid
    var current: StyleCache.Attributes? = nil
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(16)

    grid.forEachChange(since: previous, width: columns, height: rows) { x, y, cell in
      let wanted = styles.attributes(for: cell.style)
      if wanted != current {
        // The extended pair goes through the last argument; the short one is a fallback.
        var pair = wanted.pair
        wattr_set(window, wanted.attributes, Int16(truncatingIfNeeded: pair), &pair)
        current = wanted
      }
      buffer.removeAll(keepingCapacity: true)
      for scalar in cell.symbol.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
      if buffer.isEmpty { buffer.append(wchar_t(32)) }
      // A cell too wide for the last column, or the bottom-right corner, reports ERR
      // after storing what fits; scrollok is off, so nothing ever scrolls.
      _ = buffer.withUnsafeBufferPointer { mvwaddnwstr(window, Int32(y), Int32(x), $0.baseAddress, Int32($0.count)) }
    }
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
    enableSGRMouse()
  }
}
