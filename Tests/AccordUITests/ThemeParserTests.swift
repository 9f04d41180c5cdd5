import AccordCore
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
    #expect(
      theme.look(.statusDone)
        == RoleLook(
          foreground: .rgb(red: 0x1B, green: 0x7F, blue: 0x3B), background: .rgb(red: 0xFD, green: 0xF6, blue: 0xE3),
          emphasis: .bold))
    #expect(
      theme.look(.selection)
        == RoleLook(foreground: .ansi(0), background: .indexed(153), emphasis: [.reverse, .underline]))
    #expect(theme.look(.border).foreground == nil)
    #expect(theme.look(.border).emphasis == .dim)
    #expect(theme.look(.text).foreground == .terminalDefault)
    #expect(theme.look(.warning) == RoleLook(background: theme.background), "unset roles keep the terminal's colours")
  }

  @Test func reportsEveryMistakeWithItsLineAndColumn() {
    #expect(
      problems(
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

  @Test func aFileSavedOnWindowsReadsTheSame() throws {
    let theme = try ThemeParser.parse(
      "name = \"Crlf\"\r\ntext = red bold\r\n# note\r\nborder = none dim\r\n", file: "t.theme")
    #expect(theme.name == "Crlf")
    #expect(theme.roles[.text] == RoleLook(foreground: .ansi(1), emphasis: .bold))
    #expect(problems("name = A\r\nbordr = red\r\n") == ["t.theme:2:1: unknown key 'bordr' (did you mean 'border'?)"])
  }

  @Test func hostileKeysAndValuesAreQuotedShortAndClean() {
    let huge = String(repeating: "\u{1B}[2J", count: 2_000_000)
    let found = problems("name = A\n\(huge) = red\ntext = \(huge)\nborder = red \(huge)\n")
    #expect(found.count == 3)
    for line in found {
      #expect(line.count < 200, "\(line.prefix(100))")
      #expect(!line.unicodeScalars.contains { SafeText.isUnsafe($0) })
    }
    #expect(found[0].hasPrefix("t.theme:2:1: unknown key '\u{FFFD}[2J"))
  }

  @Test func aFileOfHalfAMillionBadLinesStopsAtFiftyProblems() {
    let found = problems(String(repeating: "nonsense\n", count: 500_000))
    #expect(found.count == ThemeError.problemLimit)
    #expect(found.last == "t.theme:50:1: expected 'key = value'; found 'nonsense'")
  }
}
