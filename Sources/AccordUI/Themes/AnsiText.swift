/// A grid as text with ANSI SGR escapes, for `accord render --color`: the same colours the
/// dashboard would show on a terminal of that depth, for briefing notes and tests.
public enum AnsiText {
  public static func lines(_ grid: CellGrid, palette: ThemePalette) -> [String] {
    (0..<grid.height).map { y in
      var line = ""
      var current = TerminalLook()
      for x in 0..<grid.width {
        let cell = grid[x, y]
        guard !cell.isContinuation else { continue }
        let look = palette.look(for: cell.style)
        if look != current {
          line += sgr(look, depth: palette.depth)
          current = look
        }
        line += cell.symbol
      }
      return current == TerminalLook() ? line : line + "\u{1B}[0m"
    }
  }

  /// One escape that resets, then sets the look.
  static func sgr(_ look: TerminalLook, depth: ColorDepth) -> String {
    var codes = ["0"]
    if look.emphasis.contains(.bold) { codes.append("1") }
    if look.emphasis.contains(.dim) { codes.append("2") }
    if look.emphasis.contains(.underline) { codes.append("4") }
    if look.emphasis.contains(.reverse) { codes.append("7") }
    if let code = colour(look.foreground, base: 30, depth: depth) { codes.append(code) }
    if let code = colour(look.background, base: 40, depth: depth) { codes.append(code) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  static func colour(_ value: Int, base: Int, depth: ColorDepth) -> String? {
    switch value {
    case ..<0: return nil
    case 8... where depth == .trueColor:
      return "\(base + 8);2;\(value >> 16 & 0xFF);\(value >> 8 & 0xFF);\(value & 0xFF)"
    case 0..<8: return "\(base + value)"
    case 8..<16: return "\(base + 60 + value - 8)"
    default: return "\(base + 8);5;\(value)"
    }
  }
}
