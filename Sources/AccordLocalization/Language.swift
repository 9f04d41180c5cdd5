/// A language accord's interface can be read in. English is the source language: its words are
/// the catalogs' message ids, so it needs no catalog.
public enum Language: String, CaseIterable, Sendable, Hashable {
  case english = "en"
  case lao = "lo"
  case khmer = "km"

  /// The ISO 639-1 code: `--lang`, `language:` in the config, the catalog's file name.
  public var code: String { rawValue }

  /// The language's name in itself, which a reader of that language recognises on any screen.
  public var nativeName: String {
    switch self {
    case .english: "English"
    case .lao: "ພາສາລາວ"
    case .khmer: "ភាសាខ្មែរ"
    }
  }

  /// The script's own digits, for `digits: native`; nil for English.
  public var nativeDigits: [Character]? {
    switch self {
    case .english: nil
    case .lao: Array("໐໑໒໓໔໕໖໗໘໙")
    case .khmer: Array("០១២៣៤៥៦៧៨៩")
    }
  }

  /// The next language, for the dashboard's `L`.
  public var next: Language {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// The language of a POSIX locale name as `LANG` and `LC_*` give it (`lo_LA.UTF-8`,
  /// `km_KH`, `en_GB.utf8@euro`, `C.UTF-8`): nil for a locale of another language, or none.
  public init?(localeName: String) {
    let language = localeName.prefix { $0.isLetter && $0.isASCII }.lowercased()
    guard let known = Language(rawValue: language) else { return nil }
    self = known
  }
}
