import AccordUI
import Testing

@testable import AccordTerminal

/// The text of a bracketed paste, gathered as `readPaste` gathers it: whole, and bounded.
@Suite struct PasteCollectorTests {
  @Test func itKeepsThePastedTextAsOneEvent() {
    var paste = PasteCollector()
    for scalar in "ລາວ q\r".unicodeScalars {
      let goesOn = paste.feed(scalar.value)
      #expect(goesOn)
    }
    #expect(paste.event == .paste("ລາວ q\r"))
  }

  @Test func aHugePasteKeepsItsStartAndStopsBeingReadAtTheLimit() {
    var paste = PasteCollector()
    var read = 0
    while paste.feed(UInt32(UInt8(ascii: "x"))) { read += 1 }
    #expect(read + 1 == PasteCollector.longest)
    #expect(paste.event == .paste(String(repeating: "x", count: PasteCollector.kept)))
  }

  @Test func codesThatAreNotCharactersAreDropped() {
    var paste = PasteCollector()
    for code: UInt32 in [0x61, 0xD800, 0x110000, 0x62] { _ = paste.feed(code) }
    #expect(paste.event == .paste("ab"))
  }
}
