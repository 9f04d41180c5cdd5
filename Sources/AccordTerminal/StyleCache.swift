import AccordUI
import CNcursesw

/// Curses attributes and colour pairs for each `Style`, worked out once: colour pairs are
/// allocated the first time a role is seen, never per frame.
struct StyleCache {
  struct Attributes: Equatable {
    var attributes: attr_t
    var pair: Int16
  }

  let palette: RolePalette
  /// Whether colour -1 (the terminal's own) may be used; otherwise white on black.
  let defaultColours: Bool
  private var pairs: [StyleRole: Int16] = [:]
  private var cache: [Style: Attributes] = [:]
  private var nextPair: Int16 = 1

  init(palette: RolePalette, defaultColours: Bool = true) {
    self.palette = palette
    self.defaultColours = defaultColours
  }

  mutating func attributes(for style: Style) -> Attributes {
    if let known = cache[style] { return known }
    let look = palette.look(for: style.role)
    let emphasis = look.emphasis.union(style.emphasis)
    var attributes = accord_a_normal()
    if emphasis.contains(.bold) { attributes |= accord_a_bold() }
    if emphasis.contains(.dim) { attributes |= accord_a_dim() }
    if emphasis.contains(.reverse) { attributes |= accord_a_reverse() }
    if emphasis.contains(.underline) { attributes |= accord_a_underline() }
    let result = Attributes(attributes: attributes, pair: pair(for: style.role, foreground: look.foreground))
    cache[style] = result
    return result
  }

  /// Pair 0 is the terminal's default colours; roles with a colour get a pair of their own.
  private mutating func pair(for role: StyleRole, foreground: RolePalette.Colour) -> Int16 {
    guard palette.usesColour, foreground >= 0 else { return 0 }
    if let known = pairs[role] { return known }
    guard Int32(nextPair) < accord_color_pairs() else { return 0 }
    let background: Int16 = defaultColours ? -1 : Int16(COLOR_BLACK)
    guard init_pair(nextPair, foreground, background) == OK else { return 0 }
    pairs[role] = nextPair
    nextPair += 1
    return pairs[role]!
  }
}
