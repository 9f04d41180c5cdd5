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
    let horizontal = String(repeating: set.horizontal, count: area.width - 2)
    grid.write(set.topLeft + horizontal + set.topRight, x: area.x, y: area.y, limit: area.width, style: style)
    grid.write(set.bottomLeft + horizontal + set.bottomRight, x: area.x, y: area.bottom - 1, limit: area.width, style: style)
    for y in (area.y + 1)..<(area.bottom - 1) {
      grid.write(set.vertical, x: area.x, y: y, limit: 1, style: style)
      grid.write(set.vertical, x: area.right - 1, y: y, limit: 1, style: style)
    }
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
