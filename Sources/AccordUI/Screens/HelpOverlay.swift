import AccordLocalization
import AccordText

/// The keys of the current screen in a box over it, straight from the `KeyMap` that `update`
/// uses. Any key closes it.
struct HelpOverlay: Widget {
  let route: Route
  let glyphs: Glyphs
  var pillars = 5
  var plans = 1
  var writing = Writing.english

  var entries: [(keys: String, description: String)] {
    KeyMap.bindings(for: route, pillars: pillars, plans: plans, writing: writing).map {
      (glyphs.ascii ? $0.asciiLabel : $0.label, $0.description)
    }
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    let entries = entries
    let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
    let widest = entries.map { keyWidth + 2 + DisplayWidth.of($0.description) }.max() ?? 0
    // Two columns when one would not fit in the height, so every key stays in sight.
    let columns = entries.count + 4 > area.height && area.width >= 2 * 30 + 6 ? 2 : 1
    let columnWidth = columns == 1 ? max(widest, 30) : min(widest, (area.width - 6) / 2)
    let rows = max(0, area.height - 4)
    // A description longer than its column goes on over the next lines when the height allows
    // it; only a screen too short for that cuts them.
    let descriptionWidth = max(1, columnWidth - keyWidth - 2)
    var lines = entries.map { TextWrap.lines($0.description, width: descriptionWidth) }
    var stacks = Self.stack(lines.map(\.count), columns: columns)
    if stacks.map(\.rows).max() ?? 0 > rows {
      lines = entries.map { [TextFit.truncate($0.description, to: descriptionWidth, ellipsis: glyphs.ellipsis)] }
      stacks = Self.stack(lines.map { _ in 1 }, columns: columns)
    }
    let tallest = stacks.map(\.rows).max() ?? 0
    // The language's line takes a row only where one is left: the keys come first.
    let languageRows = tallest + 5 <= area.height ? 1 : 0
    let languageLine = languageLine
    let boxWidth = max(
      columns * columnWidth + (columns - 1) * 2 + 4, languageRows * (DisplayWidth.of(languageLine) + 4))
    let width = min(area.width, boxWidth)
    let height = min(area.height, tallest + 4 + languageRows)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.draw(
      Block(
        title: Template.fill(writing.localized("Keys: %1$s"), [route.title(writing)]), selected: true, glyphs: glyphs),
      in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard !inner.isEmpty else { return }
    let shown = max(0, inner.height - 2 - languageRows)
    var hidden = 0
    for (column, stack) in stacks.enumerated() {
      var row = 0
      for index in stack.entries {
        let height = lines[index].count
        guard row + height <= shown else {
          hidden += 1
          continue
        }
        let x = inner.x + column * (columnWidth + 2)
        let cell = Rect(x: x, y: inner.y + row, width: min(columnWidth, inner.right - x), height: height)
        grid.write(TextFit.pad(entries[index].keys, to: keyWidth), in: cell, style: Style(.title, [.bold]))
        for (offset, line) in lines[index].enumerated() {
          grid.write(line, in: cell, dx: keyWidth + 2, dy: offset)
        }
        row += height
      }
    }
    let closing =
      hidden > 0
      ? writing.localized("(%d more) any key closes", plural: "(%d more) any key closes", count: hidden)
      : writing.localized("any key closes this help")
    if languageRows > 0 {
      grid.write(
        TextFit.truncate(languageLine, to: inner.width, ellipsis: glyphs.ellipsis), in: inner, dy: inner.height - 2,
        style: Style(.dimText))
    }
    grid.write(closing, in: inner, dy: inner.height - 1, style: Style(.dimText))
  }

  /// Which language and digits the interface is in, and how much of it the catalog translates:
  /// what a reader checks, and a translator counts, after `L` or `--lang`.
  var languageLine: String {
    let translated = writing.localized(
      "%d string translated", plural: "%d strings translated", count: writing.catalog.translatedCount)
    return Template.fill(
      writing.localized("language: %1$s (%2$s), digits %3$s, %4$s"),
      [writing.language.nativeName, writing.language.code, writing.digits("0-9"), translated])
  }

  /// The entries, in order, in `columns` stacks of about the same number of rows.
  static func stack(_ heights: [Int], columns: Int) -> [(entries: Range<Int>, rows: Int)] {
    guard columns > 1 else { return [(heights.indices, heights.reduce(0, +))] }
    let half = (heights.reduce(0, +) + 1) / 2
    var split = 0
    var rows = 0
    while split < heights.count && rows + heights[split] <= half {
      rows += heights[split]
      split += 1
    }
    // The entry that crosses the middle goes where it leaves the taller stack shorter.
    if split < heights.count, rows + heights[split] - half < half - rows {
      rows += heights[split]
      split += 1
    }
    return [(0..<split, rows), (split..<heights.count, heights[split...].reduce(0, +))]
  }
}
