/// Figures five rows tall, for a countdown read from across a briefing room. Digits, space
/// `-` and `:` are drawn from a 3-column font; anything else is left out.
public struct BigDigits: Widget {
  public var text: String
  public var style: Style
  public var ascii: Bool

  public init(_ text: String, style: Style = Style(.title, .bold), ascii: Bool = false) {
    self.text = text
    self.style = style
    self.ascii = ascii
  }

  public static let height = 5

  /// Columns the text takes: three a figure plus one between figures.
  public static func width(of text: String) -> Int {
    let figures = text.filter { font[$0] != nil }.count
    return max(0, figures * 4 - 1)
  }

  /// Each figure as five rows of three cells; `#` is ink.
  static let font: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", " # ", " # ", " # "],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    "-": ["   ", "   ", "###", "   ", "   "],
    ":": ["   ", " # ", "   ", " # ", "   "],
    " ": ["   ", "   ", "   ", "   ", "   "],
  ]

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard area.height >= Self.height, Self.width(of: text) <= area.width else { return }
    let ink = ascii ? "#" : "█"
    var x = area.x
    for figure in text {
      guard let rows = Self.font[figure] else { continue }
      for (dy, row) in rows.enumerated() {
        for (dx, cell) in row.enumerated() where cell == "#" {
          grid.write(ink, x: x + dx, y: area.y + dy, limit: 1, style: style)
        }
      }
      x += 4
    }
  }
}
