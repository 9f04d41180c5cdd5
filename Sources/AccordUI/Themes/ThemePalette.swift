/// A theme brought down to one terminal: for every style, the colour numbers to ask the
/// terminal for and the attributes. Worked out once per theme and depth, not per frame.
public struct ThemePalette: Sendable {
  public let theme: Theme
  public let depth: ColorDepth
  private let looks: [StyleRole: TerminalLook]

  public init(theme: Theme, depth: ColorDepth) {
    self.theme = theme
    self.depth = depth
    var looks: [StyleRole: TerminalLook] = [:]
    for role in StyleRole.allCases {
      let look = theme.look(role)
      looks[role] = TerminalLook(
        foreground: look.foreground.flatMap { ColorLadder.resolve($0, depth: depth) } ?? -1,
        background: look.background.flatMap { ColorLadder.resolve($0, depth: depth) } ?? -1,
        emphasis: look.emphasis)
    }
    self.looks = looks
  }

  /// The role's look with the cell's own emphasis added.
  public func look(for style: Style) -> TerminalLook {
    var look = looks[style.role] ?? TerminalLook()
    look.emphasis.formUnion(style.emphasis)
    return look
  }
}

/// What to ask a terminal for: colour numbers as ncurses takes them (-1 the terminal's own,
/// 0-255 a palette colour, `0xRRGGBB` from 8 up on a direct-colour terminal) and attributes.
public struct TerminalLook: Hashable, Sendable {
  public var foreground: Int
  public var background: Int
  public var emphasis: Style.Emphasis

  public init(foreground: Int = -1, background: Int = -1, emphasis: Style.Emphasis = []) {
    self.foreground = foreground
    self.background = background
    self.emphasis = emphasis
  }
}
