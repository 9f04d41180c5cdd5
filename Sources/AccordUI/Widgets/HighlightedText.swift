import AccordCore
import AccordText

/// Text with the parts that match a query drawn underlined and bold, so a search shows why
/// each result is there without relying on colour.
struct HighlightedText {
  let text: String
  let query: String
  let glyphs: Glyphs

  /// Writes the text cut to the area's width from `dx`; returns the columns written.
  @discardableResult
  func draw(in area: Rect, dx: Int, style: Style = .text, into grid: inout CellGrid) -> Int {
    let shown = TextFit.truncate(glyphs.text(text), to: max(0, area.width - dx), ellipsis: glyphs.ellipsis)
    var x = dx
    var index = shown.startIndex
    for range in SearchFolding.ranges(of: query, in: shown) {
      x += grid.write(String(shown[index..<range.lowerBound]), in: area, dx: x, style: style)
      x += grid.write(String(shown[range]), in: area, dx: x, style: Style(.title, [.bold, .underline]))
      index = range.upperBound
    }
    x += grid.write(String(shown[index...]), in: area, dx: x, style: style)
    return x - dx
  }
}
