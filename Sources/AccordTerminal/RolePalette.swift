import AccordUI

/// How each `StyleRole` looks on a plain ANSI terminal: a foreground colour (the terminal's own
/// background always shows through) plus attributes that carry the meaning without colour.
///
/// A stand-in until theme files arrive: keep every colour decision in this one file.
public struct RolePalette: Sendable {
  /// An ANSI colour number (0-15), or -1 for the terminal's default.
  public typealias Colour = Int16

  public struct Look: Equatable, Sendable {
    public var foreground: Colour
    /// Attributes kept even in monochrome, so the role still reads without colour.
    public var emphasis: Style.Emphasis

    public init(_ foreground: Colour, _ emphasis: Style.Emphasis = []) {
      self.foreground = foreground
      self.emphasis = emphasis
    }
  }

  /// Whether colours are used at all; without them only `Look.emphasis` applies.
  public let usesColour: Bool
  /// Whether the bright colours 8-15 exist; otherwise they fall back to 0-7.
  public let hasBrightColours: Bool

  public init(usesColour: Bool, colourCount: Int) {
    self.usesColour = usesColour
    hasBrightColours = colourCount >= 16
  }

  /// The look of a role, with bright colours folded down when the terminal has only eight.
  public func look(for role: StyleRole) -> Look {
    var look = Self.base(role)
    if !usesColour {
      look.foreground = -1
    } else if look.foreground >= 8 && !hasBrightColours {
      look.foreground -= 8
    }
    return look
  }

  // ANSI colour numbers.
  static let red: Colour = 1, green: Colour = 2, yellow: Colour = 3
  static let blue: Colour = 4, magenta: Colour = 5, cyan: Colour = 6
  static let terminalDefault: Colour = -1

  /// The default look, chosen to read on both dark and light backgrounds: no white, no black,
  /// no pale yellow for text that matters.
  static func base(_ role: StyleRole) -> Look {
    switch role {
    case .text: Look(terminalDefault)
    case .dimText: Look(terminalDefault, .dim)
    case .border: Look(terminalDefault, .dim)
    case .borderFocus: Look(cyan, .bold)
    case .selection: Look(terminalDefault, .reverse)
    case .header: Look(cyan, .bold)
    case .title: Look(terminalDefault, .bold)
    case .pillar1: Look(blue, .bold)
    case .pillar2: Look(red, .bold)
    case .pillar3: Look(green, .bold)
    case .pillar4: Look(magenta, .bold)
    case .pillar5: Look(cyan, .bold)
    case .statusDone: Look(green)
    case .statusInProgress: Look(yellow)
    case .statusContinuous: Look(cyan)
    case .statusNotStarted: Look(terminalDefault, .dim)
    case .statusOverdue: Look(red, .bold)
    case .statusUnknown: Look(magenta)
    case .gaugeFill: Look(green)
    case .gaugeTrack: Look(terminalDefault, .dim)
    case .markJointCommission: Look(blue, .bold)
    case .markTradeCommission: Look(green, .bold)
    case .markBorderCommittee: Look(yellow, .bold)
    case .markVisit: Look(magenta, .bold)
    case .markMultilateral: Look(cyan, .bold)
    case .markOther: Look(terminalDefault)
    case .today: Look(red, [.bold, .underline])
    case .warning: Look(red, .bold)
    }
  }
}
