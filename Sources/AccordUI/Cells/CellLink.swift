/// A run of cells on one row that shows a web address, or part of it when it wraps: the backend
/// makes the run a hyperlink (OSC 8) where the terminal has them. Kept beside the cells, not in
/// them, so a frame's cells compare as before.
public struct CellLink: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  /// `SafeText.webAddress`'s: http or https, nothing that is not printable.
  public var address: String

  public init(x: Int, y: Int, width: Int, address: String) {
    self.x = x
    self.y = y
    self.width = width
    self.address = address
  }
}
