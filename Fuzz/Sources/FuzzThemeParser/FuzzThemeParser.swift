import FuzzDriver
import AccordCore
import AccordUI

/// Any text as a theme file: a theme, or problems with their places; the palette is built at
/// every colour depth.
@_cdecl("FuzzThemeParser_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzThemeParser)
}

private let fuzzThemeParser: FuzzInput = { start, count in
  let text = String(decoding: bytes(start, count), as: UTF8.self)
  do throws(ThemeError) {
    let theme = try ThemeParser.parse(text, file: "fuzz.theme")
    for depth in [ColorDepth.trueColor, .palette256, .ansi16, .ansi8, .none] {
      _ = ThemePalette(theme: theme, depth: depth)
    }
  } catch {
    requireSanitised(error.description)
    precondition(error.problems.count <= ThemeError.problemLimit)
  }
  return 0
}
