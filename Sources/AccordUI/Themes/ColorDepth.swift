/// How many colours a terminal can show, from its terminfo (and NO_COLOR).
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
  /// Attributes only: bold, dim, reverse, underline.
  case none = 0
  case ansi8 = 8
  case ansi16 = 16
  case palette256 = 256
  /// 24-bit: the terminfo entry has the RGB capability (xterm-direct, tmux-direct).
  case trueColor = 16_777_216

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The depth for a terminal reporting `colors` colours, with or without the RGB capability.
  public init(colors: Int, hasRGB: Bool) {
    switch colors {
    case _ where hasRGB && colors >= 256: self = .trueColor
    case 256...: self = .palette256
    case 16..<256: self = .ansi16
    case 8..<16: self = .ansi8
    default: self = .none
    }
  }
}
