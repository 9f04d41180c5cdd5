import AccordUI
import CNcursesw

/// Curses attributes and colour pairs for each `Style` under a theme, worked out once: a pair
/// is allocated (`alloc_pair`) the first time a pair of colours is seen, never per frame.
struct StyleCache {
  struct Attributes: Equatable {
    var attributes: attr_t
    /// An extended pair number; 0 is the terminal's default colours.
    var pair: Int32
  }

  let palette: ThemePalette
  /// Whether colour -1 (the terminal's own) may be used; otherwise white on black stands in.
  let defaultColours: Bool
  private var cache: [Style: Attributes] = [:]

  init(palette: ThemePalette, defaultColours: Bool) {
    self.palette = palette
    self.defaultColours = defaultColours
  }

  mutating func attributes(for style: Style) -> Attributes {
    if let known = cache[style] { return known }
    let look = palette.look(for: style)
    var attributes = accord_a_normal()
    if look.emphasis.contains(.bold) { attributes |= accord_a_bold() }
    if look.emphasis.contains(.dim) { attributes |= accord_a_dim() }
    if look.emphasis.contains(.reverse) { attributes |= accord_a_reverse() }
    if look.emphasis.contains(.underline) { attributes |= accord_a_underline() }
    let result = Attributes(attributes: attributes, pair: pair(look))
    cache[style] = result
    return result
  }

  private func pair(_ look: TerminalLook) -> Int32 {
    guard palette.depth != .none else { return 0 }
    var (foreground, background) = (look.foreground, look.background)
    if !defaultColours {
      if foreground < 0 { foreground = 7 }
      if background < 0 { background = 0 }
    }
    guard foreground >= 0 || background >= 0 else { return 0 }
    let pair = alloc_pair(Int32(foreground), Int32(background))
    return pair > 0 ? pair : 0
  }
}
