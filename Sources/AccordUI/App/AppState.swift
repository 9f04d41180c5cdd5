import AccordCore

/// Everything the dashboard shows, as a value: rendering is a pure function of it and the
/// terminal size, and `update` makes the next one from an event.
public struct AppState: Sendable {
  public var plan: Plan
  public var today: Day
  public var options: DisplayOptions

  public init(plan: Plan, today: Day, options: DisplayOptions = DisplayOptions()) {
    self.plan = plan
    self.today = today
    self.options = options
  }
}

/// How to draw, decided once from the terminal and the command line.
public struct DisplayOptions: Sendable, Equatable {
  /// Plain ASCII borders, gauges and glyphs: for non-UTF-8 locales and `--ascii`.
  public var ascii: Bool

  public init(ascii: Bool = false) {
    self.ascii = ascii
  }
}

/// What the loop must do after an update, besides drawing.
public enum Effect: Equatable, Sendable {
  case none
  case quit
}

extension AppState {
  /// The next state for an event. The only place the state changes.
  public mutating func update(_ event: Event) -> Effect {
    if case .key(.character("q")) = event { return .quit }
    return .none
  }

  /// The screen for this state at a size.
  public func render(width: Int, height: Int) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    grid.write(plan.info.shortTitle, x: 0, y: 0)
    return grid
  }
}
