import Testing

@testable import AccordLocalization

@Suite struct LanguageChoiceTests {
  @Test func theOptionThenACCORD_LANGThenTheConfigThenTheLocale() throws {
    let locale = ["LANG": "km_KH.UTF-8", "LC_MESSAGES": "lo_LA.UTF-8"]
    #expect(
      try LanguageChoice.resolve(option: "en", config: "km", environment: locale, unicode: true)
        == .init(language: .english, source: .option))
    #expect(
      try LanguageChoice.resolve(
        option: nil, config: "km", environment: locale.merging(["ACCORD_LANG": "lo"]) { $1 }, unicode: true
      ).language == .lao)
    #expect(
      try LanguageChoice.resolve(option: nil, config: "km", environment: locale, unicode: true)
        == .init(language: .khmer, source: .config))
    #expect(
      try LanguageChoice.resolve(option: nil, config: nil, environment: locale, unicode: true)
        == .init(language: .lao, source: .locale(variable: "LC_MESSAGES")))
    #expect(
      try LanguageChoice.resolve(
        option: nil, config: nil, environment: ["LC_ALL": "km_KH.UTF-8"].merging(locale) { $1 }, unicode: true
      ).language == .khmer)
    #expect(
      try LanguageChoice.resolve(option: nil, config: nil, environment: ["LANG": "fr_FR.UTF-8"], unicode: true).language
        == .english)
    #expect(
      try LanguageChoice.resolve(option: nil, config: nil, environment: [:], unicode: true)
        == .init(language: .english, source: .none))
  }

  @Test func withoutUTF8TheInterfaceIsEnglish() throws {
    #expect(
      try LanguageChoice.resolve(option: "lo", config: nil, environment: [:], unicode: false).language == .english)
  }

  @Test func anUnknownCodeGivenToAccordIsRefused() {
    #expect(throws: LanguageChoice.UnknownLanguage(name: "th", source: .option)) {
      try LanguageChoice.resolve(option: "th", config: nil, environment: [:], unicode: true)
    }
  }
}
