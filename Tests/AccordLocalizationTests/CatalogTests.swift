import GettextFormat
import Testing

@testable import AccordLocalization

@Suite struct CatalogTests {
  let file = PoFile(
    header: ["Plural-Forms": "nplurals=1; plural=0;"],
    entries: [
      PoEntry(id: "Record an update", translations: ["ບັນທຶກ"]),
      PoEntry(context: "status", id: "done", translations: ["ສຳເລັດ"]),
      PoEntry(id: "%1$d day", pluralID: "%1$d days", translations: ["%1$d ມື້"]),
      PoEntry(id: "guessed", translations: ["ເດົາ"], fuzzy: true),
      PoEntry(id: "untranslated", translations: [""]),
    ])

  @Test func aTranslatedMessageInTheLanguageAnyOtherInEnglishAlone() throws {
    let lao = try Catalog(language: .lao, file: file)
    #expect(lao.localized("Record an update") == "ບັນທຶກ")
    #expect(lao.localized("done", context: "status") == "ສຳເລັດ")
    #expect(lao.localized("done") == "done")
    #expect(lao.localized("guessed") == "guessed")
    #expect(lao.localized("untranslated") == "untranslated")
    #expect(lao.localized("%1$d day", plural: "%1$d days", count: 5) == "%1$d ມື້")
    #expect(lao.localized("%1$d hour", plural: "%1$d hours", count: 5) == "%1$d hours")
  }

  @Test func englishTakesTheSingularForOne() {
    #expect(Catalog.english.localized("%1$d day", plural: "%1$d days", count: 1) == "%1$d day")
    #expect(Catalog.english.localized("%1$d day", plural: "%1$d days", count: 0) == "%1$d days")
  }

  @Test func theBundledCatalogsLoad() throws {
    for language in Language.allCases {
      let catalog = try Catalog.bundled(language).get()
      #expect(catalog.language == language)
      #expect(catalog.plurals.count == (language == .english ? 2 : 1))
    }
  }
}
