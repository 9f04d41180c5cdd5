/// Brings a theme colour down to what the terminal can show: true colour, else the nearest of
/// the 256-colour palette (greys to the grey ramp), else 16, else 8 ANSI colours. The
/// terminal's palette is never redefined, so the mapping assumes xterm's standard one.
public enum ColorLadder {
  /// What to ask the terminal for: a colour number as ncurses takes it (`-1` the default,
  /// `0xRRGGBB` on a direct-colour terminal), or nil when the depth has no colour at all.
  public static func resolve(_ color: ThemeColor, depth: ColorDepth) -> Int? {
    guard depth != .none else { return nil }
    switch color {
    case .terminalDefault:
      return -1
    case .ansi(let index):
      return depth == .ansi8 ? index % 8 : index
    case .indexed(let index):
      switch depth {
      case .palette256, .trueColor: return index
      case .ansi16: return index < 16 ? index : nearestANSI(rgb(ofIndex: index), count: 16)
      default: return index < 16 ? index % 8 : nearestANSI(rgb(ofIndex: index), count: 8)
      }
    case .rgb(let r, let g, let b):
      let value = (Int(r), Int(g), Int(b))
      switch depth {
      // Direct-colour terminfo keeps 0-7 for the ANSI colours; those RGB values are nudged.
      case .trueColor: return max(8, Int(r) << 16 | Int(g) << 8 | Int(b))
      case .palette256: return nearest256(value)
      case .ansi16: return nearestANSI(value, count: 16)
      default: return nearestANSI(value, count: 8)
      }
    }
  }

  typealias RGB = (Int, Int, Int)

  /// xterm's default palette for the 16 ANSI colours.
  static let ansiRGB: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  static func rgb(ofIndex index: Int) -> RGB {
    if index < 16 { return ansiRGB[index] }
    if index >= 232 {
      let level = 8 + (index - 232) * 10
      return (level, level, level)
    }
    let cube = index - 16
    return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
  }

  /// The nearest colour of the 6x6x6 cube or the 24-step grey ramp, as btop maps true colour.
  static func nearest256(_ color: RGB) -> Int {
    func level(_ component: Int) -> Int {
      cubeLevels.indices.min { abs(cubeLevels[$0] - component) < abs(cubeLevels[$1] - component) }!
    }
    let cube = 16 + 36 * level(color.0) + 6 * level(color.1) + level(color.2)
    let average = (color.0 + color.1 + color.2) / 3
    let greyStep = min(23, max(0, (average - 8 + 5) / 10))
    let grey = 232 + greyStep
    return distance(rgb(ofIndex: grey), color) < distance(rgb(ofIndex: cube), color) ? grey : cube
  }

  static func nearestANSI(_ color: RGB, count: Int) -> Int {
    (0..<count).min { distance(ansiRGB[$0], color) < distance(ansiRGB[$1], color) }!
  }

  /// Squared distance, weighted for how the eye sees red, green and blue ("redmean").
  static func distance(_ a: RGB, _ b: RGB) -> Int {
    let meanRed = (a.0 + b.0) / 2
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    // Swift's `>>` binds tighter than `*`: the parentheses matter.
    return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
  }
}
