import AccordCore
import AccordUI
import FuzzDriver

/// Any text as a theme file: a theme, or problems with their places; the palette is built at
/// every colour depth, and the theme chosen with `c` on the dashboard names itself in a cell, where
/// no control character may reach.
/// The plan the dashboard opens with, loaded once.
private let plan = try! PlanLoader.bundled()

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
    var state = AppState(plan: plan, today: Day(year: 2026, month: 11, day: 24))
    state.themes = [Theme(name: "default"), theme]
    _ = state.update(.key(.character("c")))
    requireSanitised(state.render(width: 100, height: 30).text)
  } catch {
    requireSanitised(error.description)
    precondition(error.problems.count <= ThemeError.problemLimit)
  }
  return 0
}
