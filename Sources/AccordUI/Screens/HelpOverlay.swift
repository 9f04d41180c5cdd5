/// The keys of the current screen in a box over it, straight from the `KeyMap` that `update`
/// uses. Any key closes it.
struct HelpOverlay: Widget {
  let route: Route
  let glyphs: Glyphs

  var entries: [(keys: String, description: String)] {
    KeyMap.bindings(for: route).map { (glyphs.ascii ? $0.asciiLabel : $0.label, $0.description) }
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let entries = entries
    let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
    let widest = entries.map { keyWidth + 2 + DisplayWidth.of($0.description) }.max() ?? 0
    // Two columns when one would not fit in the height, so every key stays in sight.
    let columns = entries.count + 4 > area.height && area.width >= 2 * 30 + 6 ? 2 : 1
    let perColumn = (entries.count + columns - 1) / columns
    let columnWidth = columns == 1 ? max(widest, 30) : min(widest, (area.width - 6) / 2)
    let width = min(area.width, columns * columnWidth + (columns - 1) * 2 + 4)
    let height = min(area.height, perColumn + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.draw(Block(title: "Keys: \(route.name)", selected: true, glyphs: glyphs), in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard !inner.isEmpty else { return }
    let shown = max(0, inner.height - 2)
    for (index, entry) in entries.enumerated() {
      let (column, row) = (index / perColumn, index % perColumn)
      guard row < shown else { continue }
      let cell = Rect(x: inner.x + column * (columnWidth + 2), y: inner.y + row, width: min(columnWidth, inner.right - inner.x - column * (columnWidth + 2)), height: 1)
      grid.write(TextFit.pad(entry.keys, to: keyWidth), in: cell, style: Style(.title, [.bold]))
      grid.write(TextFit.truncate(entry.description, to: max(0, cell.width - keyWidth - 2), ellipsis: glyphs.ellipsis), in: cell, dx: keyWidth + 2)
    }
    let hidden = entries.indices.filter { $0 % perColumn >= shown }.count
    let closing = hidden > 0 ? "(\(hidden) more) any key closes" : "any key closes this help"
    grid.write(closing, in: inner, dy: inner.height - 1, style: Style(.dimText))
  }
}
