/// One message of a gettext catalog: its id (the English text), an optional context that tells
/// apart two uses of the same English words, the plural id, and the translations (one, or one
/// per plural form).
public struct PoEntry: Sendable, Equatable {
  public var context: String?
  public var id: String
  public var pluralID: String?
  public var translations: [String]
  /// `#, fuzzy`: a translation a tool guessed, which gettext never shows, and neither does accord.
  public var fuzzy: Bool
  /// `#, c-format`: the text holds placeholders (`%1$s`), which `msgfmt --check` compares.
  public var formatted: Bool
  /// Where the entry starts in its file, for messages about it.
  public var line: Int

  public init(
    context: String? = nil, id: String, pluralID: String? = nil, translations: [String], fuzzy: Bool = false,
    formatted: Bool = false, line: Int = 0
  ) {
    self.context = context
    self.id = id
    self.pluralID = pluralID
    self.translations = translations
    self.fuzzy = fuzzy
    self.formatted = formatted
    self.line = line
  }

  /// gettext's own key for the entry: the context and the id, parted by EOT.
  public var key: String { Self.key(id, context: context) }

  public static func key(_ id: String, context: String?) -> String {
    context.map { $0 + "\u{4}" + id } ?? id
  }

  /// Whether a translator has given the text: an empty translation means "not translated yet".
  public var isTranslated: Bool { !fuzzy && !translations.isEmpty && translations.allSatisfy { !$0.isEmpty } }
}
