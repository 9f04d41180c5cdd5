/// A cell's look: a semantic role plus attributes that carry meaning even without colour.
public struct Style: Hashable, Sendable {
  public var role: StyleRole
  public var emphasis: Emphasis

  public init(_ role: StyleRole = .text, _ emphasis: Emphasis = []) {
    self.role = role
    self.emphasis = emphasis
  }

  public static let text = Style(.text)

  public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1 << 0)
    public static let dim = Emphasis(rawValue: 1 << 1)
    public static let reverse = Emphasis(rawValue: 1 << 2)
    public static let underline = Emphasis(rawValue: 1 << 3)
  }

  public func with(_ emphasis: Emphasis) -> Style {
    Style(role, self.emphasis.union(emphasis))
  }
}
