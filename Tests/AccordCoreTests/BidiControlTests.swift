import Testing

@testable import AccordCore

/// Every Unicode Bidi_Control character reorders the text around it on screen, so each is
/// treated as the overrides are: dropped from what is shown, escaped in an exported plan file.
@Suite struct BidiControlTests {
  static let controls: [Unicode.Scalar] = [
    "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
    "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
  ]

  @Test(arguments: controls)
  func safeTextDropsEveryBidiControl(_ control: Unicode.Scalar) {
    let text = "paid \(control)1,000\(control) kip"
    #expect(SafeText.sanitized(text) == "paid 1,000 kip")
    #expect(SafeText.lines(text + "\nnext") == "paid 1,000 kip\nnext")
    #expect(SafeText.isUnsafe(control))
  }

  @Test func neighboursOfTheControlsAreLeftAlone() {
    // ZWSP, ZWNJ and ZWJ shape Khmer, Lao and emoji; Arabic letters beside ALM are text.
    let text = "ប្រជុំ\u{200B}លើក \u{200C}\u{200D} \u{061B}\u{061D}\u{0627}"
    #expect(SafeText.sanitized(text) == text)
  }

  @Test(arguments: controls)
  func anExportedPlanEscapesEveryBidiControlWithFourDigits(_ control: Unicode.Scalar) {
    let escaped = YAMLEmitter.escapingBidiControls("a\(control)b")
    let digits = String(control.value, radix: 16, uppercase: true)
    #expect(escaped == "a\\u" + String(repeating: "0", count: 4 - digits.count) + digits + "b")
  }
}
