import GettextFormat

extension Catalog {
  /// The catalog compiled into accord for `language` (from `po/LANG.po`), made when first asked
  /// for: an English session makes none. The build has read every catalog and its plural forms
  /// (a damaged one fails it), so the failure here is one no released accord meets; it is
  /// reported, and English used in its place.
  public static func bundled(_ language: Language) -> Result<Catalog, PoError> {
    guard language != .english else { return .success(.english) }
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
