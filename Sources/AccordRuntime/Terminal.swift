import AccordUI

/// What the dashboard loop needs from a screen: its size, a way to paint a grid, and the next
/// event. `NcursesTerminal` is the real one; a test can drive the loop with a fake.
public protocol Terminal: AnyObject {
  /// The size in cells, as of the last event read (`TerminalSize` is AccordUI's).
  var size: TerminalSize { get }

  /// Shows the grid. Cells outside the screen are clipped; screen cells outside the grid are
  /// cleared.
  func paint(_ grid: CellGrid)

  /// Colours the following paints with another theme.
  func apply(_ theme: Theme)

  /// Makes the next paint redraw every cell, not only those that changed (Ctrl-L).
  func redrawAll()

  /// Enters the dashboard's terminal modes again after the process was stopped and continued;
  /// the next paint redraws every cell.
  func resume()

  /// The next input event, or `nil` when `milliseconds` pass without one.
  func nextEvent(timeout milliseconds: Int) -> TerminalInput
}

/// What waiting for input gave.
public enum TerminalInput: Equatable, Sendable {
  /// Something for `update`.
  case event(Event)
  /// Nothing arrived in time (or a byte that means nothing to the dashboard).
  case timeout
  /// The terminal is gone (its link dropped): there is no one left to draw for.
  case hangUp
}
