import AccordCore
import AccordLocalization
import AccordText

// A theme file's problems in the reader's language; the words quoted from the file stay as typed.

extension ThemeProblem {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .notKeyValue(let found):
      // TRANSLATORS: 'key = value' is a theme file's syntax, not to be translated; %1$s is the line found.
      return fill(writing.localized("expected 'key = value'; found %1$s"), SafeText.quoted(found, limit: 40))
    case .unknownKey(let key, let suggestion):
      return fill(writing.localized("unknown key %1$s", context: "theme"), SafeText.quoted(key))
        + writing.didYouMean(suggestion)
    case .setTwice(let key, let line):
      return fill(writing.localized("'%1$s' is set twice (first on line %2$s)"), key, writing.number(line))
    case .notAColour(let word, let suggestion):
      return fill(writing.localized("%1$s is not a colour"), SafeText.quoted(word)) + writing.didYouMean(suggestion)
        + "; " + writing.localized("expected #RRGGBB, 0-255, a name (red, bright-blue...) or default")
    case .noValue:
      return writing.localized("no value; expected a colour (e.g. #1B7F3B, 31, green or default) and attributes")
    case .backgroundMissing: return writing.localized("'on' needs a background colour after it")
    case .unknownAttribute(let word, let suggestion):
      return fill(writing.localized("unknown attribute %1$s"), SafeText.quoted(word)) + writing.didYouMean(suggestion)
        + "; " + writing.localized("expected bold, dim, reverse or underline")
    case .noName: return writing.localized("the theme has no 'name = ...' line")
    case .noSuchTheme(let suggestion, let available):
      let names = available.map(SafeText.sanitized).joined(separator: ", ")
      return writing.localized("no such theme") + writing.didYouMean(suggestion) + "; "
        // TRANSLATORS: %1$s lists the themes' names.
        + fill(writing.localized("available: %1$s"), names)
    case .unreadable(let error): return error.message(in: writing)
    }
  }
}
