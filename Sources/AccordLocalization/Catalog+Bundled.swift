import GettextFormat

extension Catalog {
  /// The catalog compiled into accord for `language` (from `po/LANG.po`), made when first asked
  /// for: an English session makes none. The build has read every catalog and its plural forms
  /// (a damaged one fails it), so the failure here is one no released accord meets; it is
  /// reported, and English used in its place.
  public static func bundled(_ language: Language) -> Result<Catalog, PoError> {
    switch language {
    case .english: .success(.english)
    case .lao: bundledLao
    case .khmer: bundledKhmer
    }
  }

  // Each made once: a start asks for the reader's catalog three times (the arguments' first
  // read, the command's language, the dashboard's).
  private static let bundledLao = compiled(.lao)
  private static let bundledKhmer = compiled(.khmer)

  /// The catalog made anew from what the build compiled in (`bundled` keeps the one it made).
  package static func compiled(_ language: Language) -> Result<Catalog, PoError> {
    let name = "\(language.code).po"
    guard let compiled = compiledCatalog(name) else { return .success(.english) }
    do {
      let plurals = try compiled.pluralForms.map { text throws(PluralRule.Problem) in try PluralRule(parsing: text) }
      return .success(Catalog(language: language, plurals: plurals ?? .english, messages: compiled.messages))
    } catch {
      return .failure(PoError(file: name, line: 1, column: 1, problem: error.description))
    }
  }
}
