import AccordLocalization

extension AppState {
  /// `L`: the interface in the next language, on the same screen with the same selections
  /// (positions are kept; the layout is made again because its key holds the language). An
  /// ASCII terminal cannot show Lao or Khmer, so it stays English and says why.
  mutating func switchLanguage() {
    guard !options.ascii else {
      notice = writing.localized("ASCII mode: the interface stays English (Lao and Khmer need a UTF-8 terminal)")
      return
    }
    switch Catalog.bundled(writing.language.next) {
    case .success(let catalog):
      writing = Writing(catalog: catalog, nativeDigits: writing.nativeDigits)
      notice = Template.fill(writing.localized("language: %1$s"), [writing.language.nativeName])
    case .failure(let problem):
      notice = Template.fill(writing.localized("language not changed: %1$s"), [problem.description])
    }
  }
}
