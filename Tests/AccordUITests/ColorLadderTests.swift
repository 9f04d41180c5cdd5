import Testing

@testable import AccordUI

@Suite struct ColorLadderTests {
  @Test func trueColourPassesRGBThrough() {
    #expect(ColorLadder.resolve(.rgb(red: 0x1B, green: 0x7F, blue: 0x3B), depth: .trueColor) == 0x1B7F3B)
    #expect(
      ColorLadder.resolve(.rgb(red: 0, green: 0, blue: 3), depth: .trueColor) == 8,
      "0-7 mean ANSI colours on direct-colour terminals")
  }

  @Test func onDirectColourTerminalsOnlyTheFirstEightColoursArePaletteColours() {
    #expect(ColorLadder.resolve(.ansi(2), depth: .trueColor) == 2)
    #expect(ColorLadder.resolve(.ansi(12), depth: .trueColor) == 0x5C5CFF, "bright blue as xterm draws it")
    #expect(ColorLadder.resolve(.indexed(196), depth: .trueColor) == 0xFF0000)
    #expect(ColorLadder.resolve(.indexed(244), depth: .trueColor) == 0x808080)
  }

  @Test func mapsToTheNearest256ColourAndGreysToTheGreyRamp() {
    #expect(ColorLadder.resolve(.rgb(red: 255, green: 0, blue: 0), depth: .palette256) == 196)
    #expect(ColorLadder.resolve(.rgb(red: 0, green: 95, blue: 135), depth: .palette256) == 24)
    #expect(ColorLadder.resolve(.rgb(red: 128, green: 128, blue: 128), depth: .palette256) == 244)
    #expect(ColorLadder.resolve(.rgb(red: 0x30, green: 0x30, blue: 0x30), depth: .palette256) == 236)
    #expect(ColorLadder.resolve(.indexed(153), depth: .palette256) == 153)
  }

  @Test func fallsBackTo16And8Colours() {
    #expect(ColorLadder.resolve(.rgb(red: 250, green: 10, blue: 10), depth: .ansi16) == 9)
    #expect(ColorLadder.resolve(.rgb(red: 200, green: 10, blue: 10), depth: .ansi8) == 1)
    #expect(ColorLadder.resolve(.ansi(10), depth: .ansi8) == 2, "bright green becomes green")
    #expect(ColorLadder.resolve(.indexed(196), depth: .ansi16) == 9)
    #expect(ColorLadder.resolve(.indexed(21), depth: .ansi8) == 4)
  }

  @Test func keepsTheTerminalsDefaultAndGivesNothingWithoutColour() {
    #expect(ColorLadder.resolve(.terminalDefault, depth: .palette256) == -1)
    #expect(ColorLadder.resolve(.rgb(red: 1, green: 2, blue: 3), depth: .none) == nil)
  }

  @Test func readsTheDepthFromTerminfo() {
    #expect(ColorDepth(colors: 16_777_216, hasRGB: true) == .trueColor)
    #expect(ColorDepth(colors: 256, hasRGB: false) == .palette256)
    #expect(ColorDepth(colors: 8, hasRGB: false) == .ansi8)
    #expect(ColorDepth(colors: 0, hasRGB: false) == .none)
    #expect(ColorDepth(colors: -1, hasRGB: false) == .none)
  }

  @Test func parsesEveryWayAThemeWritesAColour() {
    #expect(ThemeColor("bright-blue") == .ansi(12))
    #expect(ThemeColor("Grey") == .ansi(8))
    #expect(ThemeColor("#00ff7f") == .rgb(red: 0, green: 255, blue: 127))
    #expect(ThemeColor("#00ff7f")?.description == "#00FF7F")
    #expect(ThemeColor("42") == .indexed(42))
    #expect(ThemeColor("-1") == nil)
    #expect(ThemeColor("chartreuse") == nil)
  }
}
