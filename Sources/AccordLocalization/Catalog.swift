import GettextFormat

/// The words of one language: a translation for each of accord's English messages that its
/// catalog has, English for any it lacks (alone, not the whole screen). English itself is the
/// empty catalog.
public struct Catalog: Sendable, Equatable {
  public let language: Language
  public let plurals: PluralRule
  private let messages: MessageTable

  public static let english = Catalog(language: .english, plurals: .english, messages: MessageTable([:]))

  init(language: Language, plurals: PluralRule, messages: MessageTable) {
    self.language = language
    self.plurals = plurals
    self.messages = messages
  }

  /// The catalog of a PO file: its translated entries (fuzzy and empty ones left to English).
  public init(language: Language, file: PoFile) throws(PluralRule.Problem) {
    let plurals = try file.header["Plural-Forms"].map { text throws(PluralRule.Problem) in try PluralRule(parsing: text)
    }
    self.init(language: language, plurals: plurals ?? .english, messages: MessageTable(translationsOf: file))
  }

  /// `id` in this language, or `id` itself.
  public func localized(_ id: String, context: String? = nil) -> String {
    messages[PoEntry.key(id, context: context)]?.first ?? id
  }

  /// The form of a counted message for `count`: the catalog's, or English's (`singular` for 1).
  public func localized(_ singular: String, plural: String, count: Int, context: String? = nil) -> String {
    if let forms = messages[PoEntry.key(singular, context: context)] {
      let form = plurals.form(for: count)
      if form >= 0, form < forms.count { return forms[forms.startIndex + form] }
    }
    return count == 1 ? singular : plural
  }

  /// How many of `ids` this catalog translates: what the help screen tells a translator.
  public var translatedCount: Int { messages.count }
}
