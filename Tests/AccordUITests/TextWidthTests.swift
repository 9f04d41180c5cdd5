import Testing

@testable import AccordText
@testable import AccordUI

@Suite struct TextWidthTests {
  @Test func laoAndKhmerAreMeasuredInColumnsNotCharacters() {
    #expect(DisplayWidth.of("ພາສາລາວ") == 7)
    #expect(DisplayWidth.of("ភាសាខ្មែរ") == 8)
    #expect("ភាសាខ្មែរ".count == 5)
    #expect(DisplayWidth.of("ກິນເຂົ້າ") == 5)
  }

  /// The Lao and Khmer blocks are measured from a table made once: every code point of them as
  /// its general category says (marks and format characters take no column).
  @Test func laoAndKhmerCodePointsTakeTheColumnsTheirCategorySays() {
    for value in Array(0x0E80..<0x0F00) + Array(0x1780..<0x1800) {
      let scalar = Unicode.Scalar(UInt32(value))!
      #expect(DisplayWidth.of(scalar) == (DisplayWidth.isMarkOrFormat(scalar) ? 0 : 1), "U+\(String(value, radix: 16))")
    }
  }

  @Test func cjkTakesTwoColumnsACharacter() {
    #expect(DisplayWidth.of("中文") == 4)
    #expect(DisplayWidth.of("老挝柬埔寨") == 10)
  }

  @Test func truncationCutsBetweenClustersAndMarksTheCut() {
    #expect(TextFit.truncate("Trade and Investment", to: 10) == "Trade and…")
    #expect(TextFit.truncate("short", to: 10) == "short")
    // Khmer: the coeng and the vowel stay with their consonant.
    let cut = TextFit.truncate("ភាសាខ្មែរ", to: 6)
    #expect(DisplayWidth.of(cut) <= 6)
    #expect(cut.hasSuffix("…"))
    #expect("ភាសាខ្មែរ".hasPrefix(String(cut.dropLast())))
    // A wide character never straddles the limit.
    #expect(TextFit.truncate("中文中文", to: 4, ellipsis: "") == "中文")
    #expect(TextFit.truncate("中文中文", to: 3, ellipsis: "") == "中")
    #expect(TextFit.truncate("anything", to: 0) == "")
  }

  @Test func wrappingBreaksAtSpacesByDisplayWidth() {
    let lines = TextWrap.lines("Maintaining regular high-level meetings between the two countries", width: 20)
    #expect(lines == ["Maintaining regular", "high-level meetings", "between the two", "countries"])
    for line in TextWrap.lines("中文 中文中文 ພາສາລາວ ភាសាខ្មែរ", width: 5) {
      #expect(DisplayWidth.of(line) <= 5)
    }
  }

  @Test func aWordLongerThanTheLineBreaksBetweenClusters() {
    let lines = TextWrap.lines("ພາສາລາວພາສາລາວ", width: 4)
    #expect(lines.joined() == "ພາສາລາວພາສາລາວ")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 4 })
  }

  @Test func aMegabyteWordWrapsIntoFullLinesInOnePass() {
    let word = String(repeating: "ພາສາລາວ中", count: 100_000)
    let lines = TextWrap.lines("start " + word + " end", width: 80)
    // Lao breaks between the words ICU's dictionary finds, so a line may end a word short of
    // the edge; never over it, and the lines join back into the text.
    #expect(lines.first?.hasPrefix("start ") == true)
    #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) <= 80 && DisplayWidth.of($0) >= 70 })
    #expect(String(lines.joined().dropFirst("start ".count)).hasPrefix(word))
    #expect(lines.last?.hasSuffix(" end") == true)
  }

  @Test func wrappingNothingGivesOneEmptyLineAndZeroWidthGivesNone() {
    #expect(TextWrap.lines("", width: 10) == [""])
    #expect(TextWrap.lines("text", width: 0).isEmpty)
  }

  @Test func anEscapeInDataTextNeverReachesTheGrid() {
    var grid = CellGrid(width: 30, height: 1)
    grid.write("Trade\u{1B}[2Jfair\u{07}", x: 0, y: 0)
    #expect(!grid.cells.contains { $0.symbol.unicodeScalars.contains { $0.value < 0x20 } })
    #expect(grid.line(0).hasPrefix("Trade\u{FFFD}[2Jfair"))
  }

  @Test func asciiModeTurnsEveryNonAsciiClusterAndControlIntoQuestionMarks() {
    let glyphs = Glyphs(ascii: true)
    let text = glyphs.text("ພາສາລາວ \u{1B}[31m 中")
    #expect(text.allSatisfy { $0.isASCII })
    #expect(!text.contains("\u{1B}"))
    #expect(DisplayWidth.of(text) == DisplayWidth.of("ພາສາລາວ") + 1 + 1 + 4 + 1 + 2)
  }

  @Test func writingKhmerFillsExactlyItsColumns() {
    var grid = CellGrid(width: 12, height: 1)
    let written = grid.write("ភាសាខ្មែរ|", x: 0, y: 0)
    #expect(written == 9)
    #expect(grid.line(0) == "ភាសាខ្មែរ|")
  }

  @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    // Plain text (ASCII, box drawing) and text in general go through different paths.
    for overwrite in ["ab", "─│", "é—"] {
      var grid = CellGrid(width: 8, height: 1)
      grid.write("中文字", x: 0, y: 0)
      grid.write(overwrite, x: 1, y: 0)
      #expect(grid.line(0) == " " + overwrite + " 字", "after writing \(overwrite)")
      #expect(!grid.cells[1].isContinuation && grid.cells[5].isContinuation)
    }
  }

  @Test func textStartingLeftOfTheGridIsClippedNotShifted() {
    var grid = CellGrid(width: 6, height: 1)
    #expect(grid.write("abcdef", x: -2, y: 0, limit: 5) == 5)
    #expect(grid.line(0) == "cde")
    #expect(grid.write("─ab", x: 4, y: 0) == 2)
    #expect(grid.line(0) == "cde ─a")
  }
}
