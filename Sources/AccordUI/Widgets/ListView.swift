/// The rows of a scrolling list that are on screen, with the selected one marked by a `>` and
/// reversed (selection is never shown by colour alone). Screens draw each row's content.
public struct ListView {
  public var geometry: ListGeometry
  public var position: ListPosition
  public var glyphs: Glyphs

  public init(geometry: ListGeometry, position: ListPosition, glyphs: Glyphs) {
    self.geometry = geometry
    self.position = position.normalized(in: geometry)
    self.glyphs = glyphs
  }

  /// Each visible row's index into the list, the item it shows, its rectangle after the
  /// two-column marker gutter, and whether it is selected.
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
      return VisibleRow(row: row, item: item, content: content, selected: item != nil && item == position.selected)
    }
  }

  /// Draws the gutter markers and the selection bar; call before drawing the rows' content,
  /// then `highlight` after it.
  public func renderMarkers(into grid: inout CellGrid) {
    for row in visibleRows where row.selected {
      grid.write(glyphs.selectionMarker, x: geometry.viewport.x, y: row.content.y, limit: 1, style: Style(.selection, [.bold]))
    }
    renderScrollHints(into: &grid)
  }

  /// Gives the selected row the selection role; every theme shows it without colour too
  /// (reverse, or explicit colours), and the row's own marker says it in text.
  public func highlight(into grid: inout CellGrid) {
    for row in visibleRows where row.selected {
      let bar = Rect(x: geometry.viewport.x, y: row.content.y, width: geometry.viewport.width, height: 1)
      grid.restyle(bar) { style in
        style.role = .selection
      }
    }
  }

  /// `^`/`v` in the gutter when rows are hidden above or below.
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
