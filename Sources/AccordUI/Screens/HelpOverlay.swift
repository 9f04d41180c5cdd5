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
    let width = min(area.width, max(widest, 30) + 4)
    let height = min(area.height, entries.count + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.draw(Block(title: "Keys: \(route.name)", selected: true, glyphs: glyphs), in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard !inner.isEmpty else { return }
    let shown = max(0, inner.height - 2)
    for (row, entry) in entries.prefix(shown).enumerated() {
      grid.write(TextFit.pad(entry.keys, to: keyWidth), in: inner, dy: row, style: Style(.title, [.bold]))
      grid.write(entry.description, in: inner, dx: keyWidth + 2, dy: row)
    }
    let closing = entries.count > shown ? "(\(entries.count - shown) more) any key closes" : "any key closes this help"
    grid.write(closing, in: inner, dy: inner.height - 1, style: Style(.dimText))
  }
}
