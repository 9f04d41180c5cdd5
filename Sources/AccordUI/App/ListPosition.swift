/// Where a list stands: the selected item and the first row shown. Rows and items differ when
/// a list has headings (the timeline's "Upcoming" and "Past").
public struct ListPosition: Equatable, Sendable {
  public var selected: Int
  public var offset: Int

  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }
}

/// The shape of a list on screen: which item each row shows (nil for a heading or a line of
/// text) and how many rows fit. `update` and `render` both derive it from the same layout.
public struct ListGeometry: Equatable, Sendable {
  public let viewport: Rect
  public let rowItems: [Int?]
  /// The rows that show an item, counted once: every key asks.
  public let itemCount: Int

  public init(viewport: Rect, rowItems: [Int?]) {
    self.viewport = viewport
    self.rowItems = rowItems
    itemCount = rowItems.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
  }

  /// A list of `count` items, one row each.
  public init(viewport: Rect, items count: Int) {
    self.init(viewport: viewport, rowItems: (0..<max(0, count)).map { $0 })
  }

  /// A document of `lines` lines with nothing to select: it only scrolls.
  public init(viewport: Rect, lines: Int) {
    self.init(viewport: viewport, rowItems: Array(repeating: nil, count: max(0, lines)))
  }

  public var isDocument: Bool { itemCount == 0 }
  public var visibleRows: Int { max(1, viewport.height) }
  public var maxOffset: Int { max(0, rowItems.count - visibleRows) }

  public func row(ofItem item: Int) -> Int? { rowItems.firstIndex { $0 == item } }

  /// The item shown at screen row `y`, if any.
  public func item(atScreenY y: Int, x: Int, offset: Int) -> Int? {
    guard viewport.contains(x: x, y: y) else { return nil }
    let row = offset + (y - viewport.y)
    guard row >= 0, row < rowItems.count else { return nil }
    return rowItems[row]
  }
}

extension ListPosition {
  /// Selection inside the list and scrolled so that it is visible (with the heading above the
  /// first item when there is room). For a document, only the offset is clamped.
  public func normalized(in geometry: ListGeometry) -> ListPosition {
    var result = self
    if geometry.isDocument {
      result.selected = 0
      result.offset = min(max(0, offset), geometry.maxOffset)
      return result
    }
    result.selected = min(max(0, selected), geometry.itemCount - 1)
    let row = geometry.row(ofItem: result.selected) ?? 0
    var top = min(max(0, offset), geometry.maxOffset)
    if row < top { top = row }
    if row >= top + geometry.visibleRows { top = row - geometry.visibleRows + 1 }
    // Show the heading just above the first item rather than cutting it off.
    if result.selected == 0 && geometry.visibleRows >= 2 { top = min(top, max(0, row - 1)) }
    result.offset = min(max(0, top), geometry.maxOffset)
    return result
  }

  /// Moved by `delta` items (or rows, in a document).
  public func moved(by delta: Int, in geometry: ListGeometry) -> ListPosition {
    var next = self
    if geometry.isDocument { next.offset += delta } else { next.selected += delta }
    return next.normalized(in: geometry)
  }

  public func movedToStart(in geometry: ListGeometry) -> ListPosition {
    ListPosition(selected: 0, offset: 0).normalized(in: geometry)
  }

  public func movedToEnd(in geometry: ListGeometry) -> ListPosition {
    ListPosition(selected: max(0, geometry.itemCount - 1), offset: geometry.maxOffset).normalized(in: geometry)
  }

  /// A page is the rows that fit, less one so the last row seen stays in view.
  public func paged(_ direction: Int, in geometry: ListGeometry) -> ListPosition {
    let page = max(1, geometry.visibleRows - 1)
    if geometry.isDocument { return moved(by: direction * page, in: geometry) }
    var next = self
    next.selected += direction * page
    next.offset += direction * page
    return next.normalized(in: geometry)
  }
}
