/// A colour as a theme file writes it: the terminal's own default, one of the 16 ANSI colours
/// by name, a 256-palette index, or `#RRGGBB`.
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case ansi(Int)
  case indexed(Int)
  case rgb(red: UInt8, green: UInt8, blue: UInt8)

  /// The names a theme file may use, in ANSI order: 0-7 then their bright variants 8-15.
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
    "bright-cyan", "bright-white",
  ]

  /// Parses `default`, an ANSI name (`grey` and `gray` name bright-black), `0`-`255` or
  /// `#RRGGBB`; nil for anything else.
  public init?(_ text: String) {
    let word = text.lowercased()
    if word == "default" {
      self = .terminalDefault
    } else if word == "grey" || word == "gray" {
      self = .ansi(8)
    } else if let index = Self.ansiNames.firstIndex(of: word) {
      self = .ansi(index)
    } else if let index = Int(word), (0...255).contains(index), word.allSatisfy(\.isNumber) {
      self = .indexed(index)
    } else if word.hasPrefix("#"), word.count == 7, let value = UInt32(word.dropFirst(), radix: 16) {
      self = .rgb(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    } else {
      return nil
    }
  }
}

extension ThemeColor: CustomStringConvertible {
  public var description: String {
    switch self {
    case .terminalDefault: return "default"
    case .ansi(let index): return Self.ansiNames[index]
    case .indexed(let index): return String(index)
    case .rgb(let r, let g, let b):
      return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }
  }
}
