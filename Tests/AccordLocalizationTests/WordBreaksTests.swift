import Testing

@testable import AccordLocalization

@Suite struct WordBreaksTests {
  /// The words between each two boundaries.
  static func words(_ text: String) throws -> [String] {
    let offsets = try #require(WordBreaks.boundaries(in: text), "libicu could not be loaded (Debian's libicu72)")
    let utf16 = Array(text.utf16)
    return zip(offsets, offsets.dropFirst()).map { String(decoding: utf16[$0..<$1], as: UTF16.self) }
  }

  @Test func laoWrittenWithoutSpacesBreaksBetweenItsWords() throws {
    #expect(try Self.words("ກະຊວງການຕ່າງປະເທດແລະກະຊວງປ້ອງກັນປະເທດ") == ["ກະຊວງການຕ່າງປະເທດ", "ແລະ", "ກະຊວງປ້ອງກັນປະເທດ"])
  }

  @Test func khmerBreaksBetweenWordsNeverInsideACluster() throws {
    // ក្រ and សួ are clusters of several code points (a coeng subscript, a vowel sign).
    #expect(try Self.words("ក្រសួងការបរទេស") == ["ក្រសួង", "ការបរទេស"])
  }

  @Test func onlyLaoAndKhmerNeedTheDictionary() {
    #expect(WordBreaks.needsDictionary("ສະບາຍດີ"))
    #expect(WordBreaks.needsDictionary("ក្រសួង"))
    #expect(!WordBreaks.needsDictionary("Joint Trade Commission 2026"))
  }
}
