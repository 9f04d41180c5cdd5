import AccordCore
import Testing

@testable import AccordUI

@Suite struct ThemePaletteTests {
  let catalog = ThemeCatalog(userDirectory: nil)

  func firstCell(_ role: StyleRole, theme: String, depth: ColorDepth) throws -> String {
    var grid = CellGrid(width: 1, height: 1)
    grid.write("x", x: 0, y: 0, style: Style(role))
    return AnsiText.lines(grid, palette: ThemePalette(theme: try catalog.theme(theme), depth: depth))[0]
  }

  @Test func mapsEachRoleToItsColourAtEveryDepth() throws {
    // light.theme: status_done = #1B6B2F bold, on the background #FAFAF7.
    #expect(
      try firstCell(.statusDone, theme: "light", depth: .trueColor)
        == "\u{1B}[0;1;38;2;27;107;47;48;2;250;250;247mx\u{1B}[0m")
    #expect(try firstCell(.statusDone, theme: "light", depth: .palette256) == "\u{1B}[0;1;38;5;22;48;5;231mx\u{1B}[0m")
    #expect(try firstCell(.statusDone, theme: "light", depth: .ansi16) == "\u{1B}[0;1;32;107mx\u{1B}[0m")
    #expect(try firstCell(.statusDone, theme: "light", depth: .ansi8) == "\u{1B}[0;1;32;47mx\u{1B}[0m")
  }

  @Test func withoutColourOnlyAttributesRemain() throws {
    #expect(try firstCell(.statusOverdue, theme: "light", depth: .none) == "\u{1B}[0;1mx\u{1B}[0m")
    #expect(try firstCell(.statusOverdue, theme: "monochrome", depth: .palette256) == "\u{1B}[0;1;4mx\u{1B}[0m")
  }

  @Test func theDefaultThemeUsesTheTerminalsOwnBackgroundAndPalette() throws {
    #expect(try firstCell(.statusDone, theme: "default", depth: .trueColor) == "\u{1B}[0;1;32mx\u{1B}[0m")
    #expect(try firstCell(.dimText, theme: "default", depth: .palette256) == "\u{1B}[0;2mx\u{1B}[0m")
  }

  @Test func aWholeScreenInMonochromeHasNoColourCodes() throws {
    let plan = try PlanLoader.bundled()
    let grid = AppState(plan: plan, today: Day(year: 2026, month: 11, day: 24)).render(width: 120, height: 40)
    let text = AnsiText.lines(grid, palette: ThemePalette(theme: try catalog.theme("default"), depth: .none)).joined()
    #expect(text.contains("\u{1B}[0;1m"))
    #expect(text.firstMatch(of: /\x1B\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]/) == nil)
  }

  @Test func theCellsOwnEmphasisAddsToTheRoles() throws {
    let palette = ThemePalette(theme: try catalog.theme("default"), depth: .ansi16)
    #expect(palette.look(for: Style(.text, .reverse)).emphasis == .reverse)
    #expect(palette.look(for: Style(.statusDone, .underline)).emphasis == [.bold, .underline])
  }
}
