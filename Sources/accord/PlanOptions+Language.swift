import AccordCore
import AccordLocalization

extension PlanOptions {
  /// How accord writes for this person: the language of `--lang`, `ACCORD_LANG`, `language:` in
  /// the settings file or the locale, and the digits `digits:` asks for. English where the output
  /// cannot show Lao or Khmer (`unicode` false: a terminal that is not UTF-8, or `--ascii`).
  func writing(unicode: Bool) throws -> Writing { try Self.writing(lang: lang, unicode: unicode) }

  /// The same for a command without plan options: `ACCORD_LANG`, the settings file, the locale.
  static func writing(lang: String?, unicode: Bool) throws -> Writing {
    let settings = UserConfig.defaultPath().flatMap { try? UserConfig.load(path: $0) } ?? UserConfig()
    let choice: LanguageChoice
    do throws(LanguageChoice.UnknownLanguage) {
      choice = try LanguageChoice.resolve(
        option: lang, config: settings.language, environment: ProcessEnvironment.variables, unicode: unicode)
    } catch {
      let named =
        switch error.source {
        case .option: "--lang"
        case .environment: "ACCORD_LANG"
        default: "language: in config.yaml"
        }
      throw Failure(.usage, "accord: \(named): \(error.description)")
    }
    switch Catalog.bundled(choice.language) {
    case .success(let catalog):
      return Writing(catalog: catalog, nativeDigits: settings.digits == .native)
    case .failure(let problem):
      // A damaged catalog must not stop anyone reading the plan: English, and why.
      Console.error("accord: \(problem.description); writing English instead")
      return .english
    }
  }
}
