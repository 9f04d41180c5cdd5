/// Colours and attributes for every style role: what a theme file says, with the terminal's
/// own colours wherever it says nothing.
public struct Theme: Equatable, Sendable {
  public var name: String
  public var summary: String?
  /// What it was chosen by, a catalog name (`high-contrast`) or a file's path: what a settings
  /// file names it by. Nil for a theme made in code.
  public var choice: String?
  /// Behind every role that names no background of its own; `default` keeps the terminal's.
  public var background: ThemeColor
  public var roles: [StyleRole: RoleLook]

  public init(
    name: String, summary: String? = nil, background: ThemeColor = .terminalDefault, roles: [StyleRole: RoleLook] = [:]
  ) {
    self.name = name
    self.summary = summary
    self.background = background
    self.roles = roles
  }

  /// The look of a role; unset roles take the terminal's default colours.
  public func look(_ role: StyleRole) -> RoleLook {
    var look = roles[role] ?? RoleLook()
    if look.background == nil { look.background = background }
    return look
  }
}

/// How one role looks: colours (nil means unset) and attributes.
public struct RoleLook: Hashable, Sendable {
  public var foreground: ThemeColor?
  public var background: ThemeColor?
  public var emphasis: Style.Emphasis

  public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, emphasis: Style.Emphasis = []) {
    self.foreground = foreground
    self.background = background
    self.emphasis = emphasis
  }
}
