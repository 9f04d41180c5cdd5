import Testing

@testable import AccordUI

@Suite struct CellSymbolTests {
  @Test func clustersOfEveryLengthReadBackAsWritten() {
    let clusters = [
      "a", "é", "│", "ກໍ່", "ខ្មែ", "中",
      "🇱🇦",  // 8 bytes
      "ស្ត្រី",  // 18 bytes: longer than a cell holds in place
      "👩‍👩‍👧‍👦",  // 25 bytes
      "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}",  // 15 bytes, the most held in place
    ]
    for cluster in clusters {
      #expect(CellSymbol(cluster).string == cluster)
      #expect(Cell(cluster).symbol == cluster)
      #expect(CellSymbol(cluster).withUTF8 { Array($0) } == Array(cluster.utf8))
    }
  }

  @Test func equalClustersAreEqualSymbolsWhereverTheyAreKept() {
    #expect(CellSymbol("ស្ត្រី") == CellSymbol(String("ស្ត្រី")))
    #expect(CellSymbol("ស្ត្រី") != CellSymbol("👩‍👩‍👧‍👦"))
    #expect(CellSymbol("a") == CellSymbol(ascii: 0x61))
    #expect(CellSymbol("ab") != CellSymbol("a"))
  }

  /// What the terminal paints in runs: one printable ASCII byte, nothing else.
  @Test func onlyOnePrintableASCIIByteIsASCII() {
    #expect(CellSymbol("a").ascii == 0x61)
    #expect(CellSymbol(" ").ascii == 0x20)
    #expect(CellSymbol("~").ascii == 0x7E)
    for other in ["", "ab", "é", "│", "ກໍ່", "\u{7F}", "\u{0}", "\t", "e\u{301}", "ស្ត្រី"] {
      #expect(CellSymbol(other).ascii == nil, "\(other.unicodeScalars.map(\.value))")
    }
  }

  @Test func onlyTheEmptySymbolIsAContinuation() {
    #expect(Cell("").isContinuation)
    #expect(Cell(.empty, style: .text) == Cell(""))
    #expect(!Cell(" ").isContinuation)
    #expect(!Cell("👩‍👩‍👧‍👦").isContinuation)
  }

  @Test func aMarkAfterAFullCellIsKeptWithItsCluster() {
    var grid = CellGrid(width: 4, height: 1)
    let full = "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}"
    grid.write(full + "\u{308}x", x: 0, y: 0)
    #expect(grid[0, 0].symbol == full + "\u{308}")
    #expect(grid.line(0) == full + "\u{308}x")
  }
}
