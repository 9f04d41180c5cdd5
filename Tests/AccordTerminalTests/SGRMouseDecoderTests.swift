import AccordUI
import Testing

@testable import AccordTerminal

/// SGR mouse reports, read after their ESC as `afterEscape` reads them: clicks at any column,
/// and malformed or hostile reports swallowed whole without a crash.
@Suite struct SGRMouseDecoderTests {
  /// What the decoder makes of `text` (the characters after the ESC), and how many it read.
  static func decode(_ text: String) -> (step: SGRMouseDecoder.Step, read: Int) {
    var decoder = SGRMouseDecoder()
    var read = 0
    for scalar in text.unicodeScalars {
      read += 1
      let step = decoder.feed(scalar.value)
      if step != .more { return (step, read) }
    }
    return (.more, read)
  }

  @Test func aPressOfTheFirstButtonIsAClickAtAnyColumn() {
    #expect(Self.decode("[<0;50;8M").step == .done(.mouse(MouseEvent(x: 49, y: 7, action: .click))))
    // Beyond column 223, where the one-byte reports stop.
    #expect(Self.decode("[<0;250;5M").step == .done(.mouse(MouseEvent(x: 249, y: 4, action: .click))))
    #expect(Self.decode("[<0;2000;1000M").step == .done(.mouse(MouseEvent(x: 1999, y: 999, action: .click))))
    // Shift, Alt and Ctrl held make no difference.
    #expect(Self.decode("[<20;3;4M").step == .done(.mouse(MouseEvent(x: 2, y: 3, action: .click))))
  }

  @Test func theWheelScrollsAndReleasesMotionAndOtherButtonsAreIgnored() {
    #expect(Self.decode("[<64;10;2M").step == .done(.mouse(MouseEvent(x: 9, y: 1, action: .wheelUp))))
    #expect(Self.decode("[<65;10;2M").step == .done(.mouse(MouseEvent(x: 9, y: 1, action: .wheelDown))))
    for ignored in ["[<0;10;2m", "[<2;10;2M", "[<1;10;2M", "[<32;10;2M", "[<35;10;2M"] {
      #expect(Self.decode(ignored) == (.done(nil), ignored.unicodeScalars.count), "\(ignored)")
    }
  }

  @Test func whatIsNotAReportGivesItsCharactersBackAsKeys() {
    #expect(Self.decode("x").step == .notMouse([UInt32(UInt8(ascii: "x"))]))
    #expect(Self.decode("[A").step == .notMouse([0x5B, 0x41]))
    #expect(Self.decode("[<").step == .more, "the start of a report waits for the rest")
  }

  @Test func malformedReportsAreSwallowedWhole() {
    for malformed in ["[<0;0;5M", "[<0;5;0M", "[<0;5M", "[<M", "[<;;M", "[<0;1;2;3M", "[<0;1;2x", "[<0;1;\u{0E81}"] {
      #expect(Self.decode(malformed) == (.done(nil), malformed.unicodeScalars.count), "\(malformed)")
    }
  }

  @Test func hugeNumbersSaturateInsteadOfOverflowing() {
    let far = "[<0;99999999999999999999;99999999999999999999M"
    #expect(Self.decode(far).step == .done(.mouse(MouseEvent(x: 99_998, y: 99_998, action: .click))))
    let huge = "[<99999999999999999999;1;1M"
    #expect(Self.decode(huge) == (.done(nil), huge.unicodeScalars.count), "no button that large")
  }

  @Test func anEndlessReportStopsAtTheLongest() {
    let endless = "[<" + String(repeating: "9", count: 10_000)
    #expect(Self.decode(endless) == (.done(nil), SGRMouseDecoder.longest + 1))
  }
}
