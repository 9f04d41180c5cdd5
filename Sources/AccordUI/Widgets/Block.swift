import AccordText

/// A bordered box with a title on its top edge. A selected block gets a double (ASCII: `#=`)
/// border, a `>` before its title and a reversed title, so selection shows without colour.
public struct Block: Widget {
  public var title: String
  public var selected: Bool
  public var glyphs: Glyphs
  public var role: StyleRole

  public init(title: String, selected: Bool = false, glyphs: Glyphs, role: StyleRole = .border) {
    self.title = title
    self.selected = selected
    self.glyphs = glyphs
    self.role = role
  }

  /// The area inside the border.
  public static func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard area.width >= 2, area.height >= 2 else {
      grid.fill(area)
      return
    }
    let set = glyphs.border(selected: selected)
    let style = Style(selected ? .borderFocus : role, selected ? [.bold] : [])
    for (y, left, right) in [(area.y, set.topLeft, set.topRight), (area.bottom - 1, set.bottomLeft, set.bottomRight)] {
      grid.write(left, x: area.x, y: y, limit: 1, style: style)
      grid.fill(Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1), style: style, symbol: set.horizontal)
      grid.write(right, x: area.right - 1, y: y, limit: 1, style: style)
    }
    let sides = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
    grid.fill(Rect(x: sides.x, y: sides.y, width: 1, height: sides.height), style: style, symbol: set.vertical)
    grid.fill(Rect(x: sides.right - 1, y: sides.y, width: 1, height: sides.height), style: style, symbol: set.vertical)
    grid.fill(Block.inner(area))
    let room = area.width - 4
    guard room > 0, !title.isEmpty else { return }
    let marked = (selected ? glyphs.selectionMarker + " " : "") + title
    let label =
      room >= 3
      ? " " + TextFit.truncate(marked, to: room - 2, ellipsis: glyphs.ellipsis) + " "
      : TextFit.truncate(marked, to: room, ellipsis: glyphs.ellipsis)
    let titleStyle = Style(.title, selected ? [.bold, .reverse] : [.bold])
    grid.write(label, x: area.x + 2, y: area.y, limit: room, style: titleStyle)
  }
}
