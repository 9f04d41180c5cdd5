import AccordUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

extension NcursesTerminal {
  /// Makes the grid's web addresses hyperlinks (OSC 8) after curses has painted it: ncurses has
  /// no hyperlinks in its cells, so each run is written again, over itself, between an OSC 8
  /// that opens the link and one that ends it, in the run's own attributes, with the cursor and
  /// attributes saved before and restored after (DECSC, DECRC), so curses' idea of the screen
  /// stays true. Only where a cell of a run changed (or the screen was redrawn) is it written,
  /// and only while its cells still show part of the address (nothing drawn over it since).
  func paintLinks(_ grid: CellGrid, previous: CellGrid?, rows: Int, columns: Int) {
    let stale = grid.links.filter { link in
      guard link.y < rows, link.x + link.width <= columns else { return false }
      guard let previous, previous.width == grid.width, previous.height == grid.height, previous.links.contains(link)
      else {
        return true
      }
      return (link.x..<link.x + link.width).contains { previous[$0, link.y] != grid[$0, link.y] }
    }
    guard !stale.isEmpty else { return }
    var bytes: [UInt8] = Array("\u{1B}7".utf8)
    var styles = self.styles
    for link in stale {
      let text = (link.x..<link.x + link.width).map { grid[$0, link.y].symbol }.joined()
      guard !text.isEmpty, link.address.contains(text) else { continue }
      bytes += Array("\u{1B}[\(link.y + 1);\(link.x + 1)H".utf8)
      bytes += Self.attributeBytes(styles.attributes(for: grid[link.x, link.y].style))
      bytes += Array("\u{1B}]8;;\(link.address)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\".utf8)
    }
    self.styles = styles
    bytes += Array("\u{1B}8".utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      guard written > 0 else { break }
      offset += written
    }
  }

  /// The terminal's own sequence for these attributes and colours, as curses would send it.
  private static func attributeBytes(_ wanted: StyleCache.Attributes) -> [UInt8] {
    LinkOutput.bytes = []
    var pair = wanted.pair
    _ = vid_puts(wanted.attributes, Int16(truncatingIfNeeded: pair), &pair) { character in
      LinkOutput.bytes.append(UInt8(truncatingIfNeeded: character))
      return character
    }
    return LinkOutput.bytes
  }
}

/// Where `vid_puts` hands its bytes, one at a time, through a C function that can hold no state
/// of its own. Painting happens on the screen's thread alone.
private enum LinkOutput {
  nonisolated(unsafe) static var bytes: [UInt8] = []
}
