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
      switch depth {
      case .ansi8: return index % 8
      // On a direct-colour terminal only 0-7 are palette colours; 8 and up are RGB values.
      case .trueColor where index >= 8: return direct(ansiRGB[index])
      default: return index
      }
    case .indexed(let index):
      switch depth {
      case .trueColor: return index < 8 ? index : direct(rgb(ofIndex: index))
      case .palette256: return index
      case .ansi16: return index < 16 ? index : nearestANSI(rgb(ofIndex: index), count: 16)
      default: return index < 16 ? index % 8 : nearestANSI(rgb(ofIndex: index), count: 8)
      }
    case .rgb(let r, let g, let b):
      let value = (Int(r), Int(g), Int(b))
      switch depth {
      case .trueColor: return direct(value)
      case .palette256: return nearest256(value)
      case .ansi16: return nearestANSI(value, count: 16)
      default: return nearestANSI(value, count: 8)
      }
    }
  }

  /// `0xRRGGBB` as a direct-colour terminal takes it; the few values below 8 would name ANSI
  /// colours there, so they move to 8 (#000008, indistinguishable from black).
  static func direct(_ color: RGB) -> Int {
    max(8, color.0 << 16 | color.1 << 8 | color.2)
  }

  typealias RGB = (Int, Int, Int)

  /// xterm's default palette for the 16 ANSI colours.
  static let ansiRGB: [RGB] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
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

  /// The ANSI colour of the same hue (the nearest by distance would turn a dark green into grey
  /// and lose what the colour meant); greys and near-greys by their lightness. With 16
  /// colours, light saturated colours take the bright variants.
  static func nearestANSI(_ color: RGB, count: Int) -> Int {
    let high = max(color.0, color.1, color.2)
    let low = min(color.0, color.1, color.2)
    let chroma = high - low
    if chroma < 48 || high < 40 {
      let lightness = (high + low) / 2
      if count == 8 { return lightness < 128 ? 0 : 7 }
      return lightness < 64 ? 0 : lightness < 160 ? 8 : lightness < 224 ? 7 : 15
    }
    var hue: Int
    if high == color.0 {
      hue = 60 * (color.1 - color.2) / chroma
    } else if high == color.1 {
      hue = 120 + 60 * (color.2 - color.0) / chroma
    } else {
      hue = 240 + 60 * (color.0 - color.1) / chroma
    }
    hue = (hue + 360) % 360
    // ANSI order: red 1, yellow 3, green 2, cyan 6, blue 4, magenta 5, at 0°, 60°, ... 300°.
    let sextant = ((hue + 30) / 60) % 6
    let base = [1, 3, 2, 6, 4, 5][sextant]
    return count == 16 && (high > 230 || low > 96) ? base + 8 : base
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
