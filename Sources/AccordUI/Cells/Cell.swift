/// One terminal cell: a grapheme cluster of display width 1 or 2, or the empty continuation of
/// the wide cluster to its left.
public struct Cell: Hashable, Sendable {
  /// Already sanitised: never a control character.
  public var symbol: String
  public var style: Style

  public init(_ symbol: String = " ", style: Style = .text) {
    self.symbol = symbol
    self.style = style
  }

  public static let blank = Cell()

  /// The right half of a wide character: painted by the cell to its left.
  public var isContinuation: Bool { symbol.isEmpty }
}
