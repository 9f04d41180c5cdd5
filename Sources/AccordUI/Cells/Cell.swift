/// One terminal cell: a grapheme cluster of display width 1 or 2, or the empty continuation of
/// the wide cluster to its left.
public struct Cell: Hashable, Sendable {
  /// Already sanitised: never a control character.
  public var glyph: CellSymbol
  public var style: Style

  public init(_ symbol: String = " ", style: Style = .text) {
    self.init(CellSymbol(symbol), style: style)
  }

  public init(_ glyph: CellSymbol, style: Style) {
    self.glyph = glyph
    self.style = style
  }

  public static let blank = Cell(.space, style: .text)

  /// The cluster as text.
  public var symbol: String {
    get { glyph.string }
    set { glyph = CellSymbol(newValue) }
  }

  /// The right half of a wide character: painted by the cell to its left.
  public var isContinuation: Bool { glyph.isEmpty }
}
