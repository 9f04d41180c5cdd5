/// A scrolling list: the rows on screen, the selected one marked by a `>` and reversed
/// (selection is never shown by colour alone), `^`/`v` where rows are hidden. Screens give it
/// a closure that draws one row's content; it draws everything else.
public struct ListView {
  public var geometry: ListGeometry
  public var position: ListPosition
  public var glyphs: Glyphs
  /// False on a kiosk, where nobody moves a selection: no marker, no bar.
  public var marksSelection: Bool

  public init(geometry: ListGeometry, position: ListPosition, glyphs: Glyphs, marksSelection: Bool = true) {
    self.geometry = geometry
    self.position = position.normalized(in: geometry)
    self.glyphs = glyphs
    self.marksSelection = marksSelection
  }

  /// A visible row: its index into the list, the item it shows (nil for a heading), its
  /// rectangle after the two-column marker gutter, and whether it is selected.
  public struct VisibleRow {
    public var row: Int
    public var item: Int?
    public var content: Rect
    public var selected: Bool
  }

  public var visibleRows: [VisibleRow] {
    let viewport = geometry.viewport
    guard !viewport.isEmpty else { return [] }
    return (0..<viewport.height).compactMap { line in
      let row = position.offset + line
      guard row < geometry.rowItems.count else { return nil }
      let item = geometry.rowItems[row]
      let content = Rect(x: viewport.x + 2, y: viewport.y + line, width: viewport.width - 2, height: 1)
      return VisibleRow(
        row: row, item: item, content: content, selected: marksSelection && item != nil && item == position.selected)
    }
  }

  /// Draws the list: the marker gutter, each visible row through `drawRow`, then the
  /// selection bar over the selected row (the selection role; every theme shows it without
  /// colour too, by reverse or explicit colours).
  public func render(into grid: inout CellGrid, row drawRow: (VisibleRow, inout CellGrid) -> Void) {
    let rows = visibleRows
    let viewport = geometry.viewport
    for row in rows where row.selected {
      grid.write(glyphs.selectionMarker, x: viewport.x, y: row.content.y, limit: 1, style: Style(.selection, [.bold]))
    }
    renderScrollHints(into: &grid)
    for row in rows { drawRow(row, &grid) }
    for row in rows where row.selected {
      grid.restyle(Rect(x: viewport.x, y: row.content.y, width: viewport.width, height: 1)) { $0.role = .selection }
    }
  }

  private func renderScrollHints(into grid: inout CellGrid) {
    let viewport = geometry.viewport
    guard viewport.height >= 2, viewport.width >= 2 else { return }
    if position.offset > 0 {
      grid.write(glyphs.ascii ? "^" : "↑", x: viewport.x + 1, y: viewport.y, limit: 1, style: Style(.dimText))
    }
    if position.offset + viewport.height < geometry.rowItems.count {
      grid.write(glyphs.ascii ? "v" : "↓", x: viewport.x + 1, y: viewport.bottom - 1, limit: 1, style: Style(.dimText))
    }
  }
}
