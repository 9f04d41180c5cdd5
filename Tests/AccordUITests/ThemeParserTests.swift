import Testing

@testable import AccordUI

@Suite struct ThemeParserTests {
  func problems(_ text: String) -> [String] {
    do {
      _ = try ThemeParser.parse(text, file: "t.theme")
      return []
    } catch {
      return error.description.split(separator: "\n").map(String.init)
    }
  }

  @Test func readsColoursBackgroundsAndAttributes() throws {
    let theme = try ThemeParser.parse(
      """
      # a comment
      name = "Test"
      description = A theme for tests
      background = #FDF6E3
        status_done = #1B7F3B bold   # why this colour
      selection = black on 153 reverse underline
      border = none dim
      text = default
      """, file: "t.theme")
    #expect(theme.name == "Test")
    #expect(theme.summary == "A theme for tests")
    #expect(theme.background == .rgb(red: 0xFD, green: 0xF6, blue: 0xE3))
    #expect(theme.look(.statusDone) == RoleLook(foreground: .rgb(red: 0x1B, green: 0x7F, blue: 0x3B), background: .rgb(red: 0xFD, green: 0xF6, blue: 0xE3), emphasis: .bold))
    #expect(theme.look(.selection) == RoleLook(foreground: .ansi(0), background: .indexed(153), emphasis: [.reverse, .underline]))
    #expect(theme.look(.border).foreground == nil)
    #expect(theme.look(.border).emphasis == .dim)
    #expect(theme.look(.text).foreground == .terminalDefault)
    #expect(theme.look(.warning) == RoleLook(background: theme.background), "unset roles keep the terminal's colours")
  }

  @Test func reportsEveryMistakeWithItsLineAndColumn() {
    #expect(problems(
      """
      name = Broken
      stauts_done = green
      status_overdue = redd bold
      gauge_fill = green blinking
      border
      selection = black on
      status_done = green
      status_done = blue
      """) == [
        "t.theme:2:1: unknown key 'stauts_done' (did you mean 'status_done'?)",
        "t.theme:3:18: 'redd' is not a colour (did you mean 'red'?); expected #RRGGBB, 0-255, a name (red, bright-blue...) or default",
        "t.theme:4:14: unknown attribute 'blinking'; expected bold, dim, reverse or underline",
        "t.theme:5:1: expected 'key = value'; found 'border'",
        "t.theme:6:13: 'on' needs a background colour after it",
        "t.theme:8:1: 'status_done' is set twice (first on line 7)",
      ])
  }

  @Test func refusesOutOfRangeColours() {
    #expect(problems("name = x\ntext = 256\n").first?.hasPrefix("t.theme:2:8: '256' is not a colour") == true)
    #expect(problems("name = x\ntext = #12345\n").first?.hasPrefix("t.theme:2:8: '#12345' is not a colour") == true)
  }

  @Test func aThemeNeedsAName() {
    #expect(problems("text = red\n") == ["t.theme:1:1: the theme has no 'name = ...' line"])
  }
}
