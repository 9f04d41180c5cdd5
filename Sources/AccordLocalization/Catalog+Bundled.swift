extension Catalog {
  /// The catalog compiled into accord for `language` (from `po/LANG.po`), read when first asked
  /// for: an English session reads none. A damaged catalog (the tests keep the bundled ones
  /// whole) is reported, and English used in its place.
  public static func bundled(_ language: Language) -> Result<Catalog, PoError> {
    guard language != .english else { return .success(.english) }
    let name = "\(language.code).po"
    guard let text = bundledCatalogFiles[name] else { return .success(.english) }
    do {
      let file = try PoFile(parsing: text, file: name)
      do {
        return .success(try Catalog(language: language, file: file))
      } catch {
        return .failure(PoError(file: name, line: 1, column: 1, problem: error.description))
      }
    } catch {
      return .failure(error)
    }
  }
}
