import AccordCore
import AccordLocalization

/// Where a screen's parts fall at one size: computed once from the route, the plan view and the
/// size, then used by `update` (keys, the mouse) and by `render` alike, so what a click hits is
/// always what is drawn there.
struct ScreenLayout: Sendable {
  /// What the layout was computed from; a layout is reused while these stay the same.
  struct Key: Equatable, Sendable {
    var route: Route
    var size: TerminalSize
    /// Counts the plan views built, so a reload or a new day lays out again.
    var generation: Int
    var ascii: Bool
    var kiosk: Bool
    var order: CommitmentOrder
    /// Words change length with the language, so a change of language lays out again.
    var language: Language
  }

  /// What a screen selects and scrolls.
  enum Body: Sendable {
    /// Nothing: what the route names is not in the plan.
    case none
    /// The overview's panes, selected by index and moved through by rows of `columns`.
    case panes(OverviewScreen.Layout)
    /// A list of items (with headings, maybe).
    case list(ListGeometry)
    /// Lines of text that only scroll, wrapped for the viewport.
    case document(ListGeometry, [StyledLine])
  }

  let key: Key
  /// The row of countdown and clock above every kiosk page.
  let band: Rect?
  /// The line saying which `f` filters are on, while any is: under the screen's header.
  var filterBand: Rect?
  /// How many rows of the screen's header are drawn one row above `area`, over the filter line's
  /// place; 0 without filters.
  var liftedHeader = 0
  /// Where the screen goes: the terminal, less the kiosk band.
  let area: Rect
  let screen: (any Screen)?
  let body: Body

  /// The list or document; nil for the overview's panes.
  var list: ListGeometry? {
    switch body {
    case .list(let geometry), .document(let geometry, _): geometry
    case .none, .panes: nil
    }
  }

  var panes: OverviewScreen.Layout? {
    if case .panes(let panes) = body { return panes }
    return nil
  }

  var document: [StyledLine] {
    if case .document(_, let lines) = body { return lines }
    return []
  }

  /// The row on screen of the header's row `index` (the first is 0).
  func headerRow(_ index: Int) -> Int { area.y + index - (index < liftedHeader ? 1 : 0) }

  /// The item (or pane) under the cell at `x`, `y`; nil for a heading, a border, a blank.
  func target(atX x: Int, y: Int, offset: Int) -> Int? {
    switch body {
    case .panes(let panes): panes.panes.firstIndex { $0.contains(x: x, y: y) }
    case .list(let geometry), .document(let geometry, _): geometry.item(atScreenY: y, x: x, offset: offset)
    case .none: nil
    }
  }

  /// The selection inside what there is to select, and scrolled into view.
  func normalized(_ position: ListPosition) -> ListPosition {
    switch body {
    case .panes(let panes):
      ListPosition(selected: min(max(0, position.selected), max(0, panes.panes.count - 1)), offset: 0)
    case .list(let geometry), .document(let geometry, _):
      position.normalized(in: geometry)
    case .none:
      position
    }
  }

  /// The position after a movement key; unchanged for an action that does not move.
  func moved(_ position: ListPosition, by action: Action) -> ListPosition {
    if let panes {
      let step =
        switch action {
        case .left: -1
        case .right: 1
        case .up: -panes.columns
        case .down: panes.columns
        default: 0
        }
      return normalized(ListPosition(selected: position.selected + step))
    }
    guard let geometry = list else { return position }
    switch action {
    case .up, .left: return position.moved(by: -1, in: geometry)
    case .down, .right: return position.moved(by: 1, in: geometry)
    case .pageUp: return position.paged(-1, in: geometry)
    case .pageDown: return position.paged(1, in: geometry)
    case .home: return position.movedToStart(in: geometry)
    case .end: return position.movedToEnd(in: geometry)
    default: return position
    }
  }
}
