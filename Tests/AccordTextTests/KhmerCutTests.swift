import Testing

@testable import AccordText

/// Khmer writes a subscript consonant as a coeng (U+17D2) and the consonant after it, which
/// Swift counts as two clusters: a cut between them leaves a consonant with a dangling coeng.
@Suite struct KhmerCutTests {
  @Test func aCutNeverEndsOnACoeng() {
    let text = "កិច្ចសហប្រតិបត្តិការច្បាប់ និងយុត្តិធម៌"
    for width in 1...DisplayWidth.of(text) {
      let cut = TextFit.truncate(text, to: width)
      let kept = cut.hasSuffix("…") ? String(cut.dropLast()) : cut
      #expect(kept.unicodeScalars.last?.value != 0x17D2, "cut at \(width): \(cut)")
      #expect(DisplayWidth.of(cut) <= width)
    }
  }
}
