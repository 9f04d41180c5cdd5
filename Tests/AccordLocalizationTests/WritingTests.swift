import GettextFormat
import Testing

@testable import AccordLocalization

@Suite struct WritingTests {
  @Test func englishDatesStayISO() {
    #expect(Writing.english.day(year: 2026, month: 11, day: 4) == "2026-11-04")
    #expect(Writing.english.month(year: 2027, month: 2) == "2027-02")
    #expect(Writing.english.number(402) == "402")
  }

  @Test func laoAndKhmerDatesNameTheMonthFromTheBundledCatalogDayFirst() throws {
    let lao = Writing(catalog: try Catalog.bundled(.lao).get())
    #expect(lao.day(year: 2026, month: 11, day: 24) == "24 ພະຈິກ 2026")
    let khmer = Writing(catalog: try Catalog.bundled(.khmer).get(), nativeDigits: true)
    #expect(khmer.day(year: 2026, month: 11, day: 24) == "២៤ វិច្ឆិកា ២០២៦")
    #expect(khmer.month(year: 2027, month: 2) == "កុម្ភៈ ២០២៧")
  }

  @Test func nativeDigitsChangeOnlyDigits() {
    let lao = Writing(
      catalog: Catalog(language: .lao, plurals: .english, messages: MessageTable([:])), nativeDigits: true)
    #expect(lao.digits("16.3 · 402 days") == "໑໖.໓ · ໔໐໒ days")
    #expect(Writing(catalog: .english, nativeDigits: true).number(7) == "7")
  }
}
