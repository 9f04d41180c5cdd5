/// Which language accord speaks, and what said so: the first of `--lang`, `ACCORD_LANG`,
/// `language:` in the config, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads
/// them). Over SSH the client's `LANG` often does not arrive, so the first three are enough alone.
public struct LanguageChoice: Sendable, Equatable {
  /// Where the language was named.
  public enum Source: Sendable, Equatable {
    case option, environment, config
    case locale(variable: String)
    case none
  }

  public var language: Language
  public var source: Source

  public init(language: Language, source: Source) {
    self.language = language
    self.source = source
  }

  /// A language named where only accord's codes are accepted, which is not one of them.
  public struct UnknownLanguage: Error, Equatable, Sendable, CustomStringConvertible {
    public var name: String
    public var source: Source
    public var description: String {
      let codes = Language.allCases.map(\.code).joined(separator: ", ")
      return "no language \"\(name)\"; accord speaks \(codes)"
    }
  }

  /// The choice from what the user gave. A locale naming a language accord does not speak means
  /// English; an unknown code given to accord itself is refused. Without a UTF-8 terminal the
  /// answer is English whatever was asked, since Lao and Khmer would show as rows of `?`.
  public static func resolve(
    option: String?, config: String?, environment: [String: String], unicode: Bool
  ) throws(UnknownLanguage) -> LanguageChoice {
    let named: [(String?, Source)] = [
      (option, .option), (environment["ACCORD_LANG"], .environment), (config, .config),
    ]
    var choice = LanguageChoice(language: .english, source: .none)
    if let (name, source) = named.first(where: { !($0.0 ?? "").isEmpty }), let name {
      guard let language = Language(rawValue: name.lowercased()) else {
        throw UnknownLanguage(name: name, source: source)
      }
      choice = LanguageChoice(language: language, source: source)
    } else if let (variable, locale) = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
      .compactMap({ variable in environment[variable].map { (variable, $0) } }).first(where: { !$0.1.isEmpty })
    {
      choice = LanguageChoice(language: Language(localeName: locale) ?? .english, source: .locale(variable: variable))
    }
    return unicode ? choice : LanguageChoice(language: .english, source: choice.source)
  }
}
