import AccordCore

/// One thing wrong with a theme file, as a value: `ThemeProblemWords` says it in the reader's
/// language. Words quoted from the file are kept as they were typed (sanitised when worded).
public enum ThemeProblem: Equatable, Sendable {
  /// A line without `=`.
  case notKeyValue(found: String)
  case unknownKey(String, suggestion: String?)
  case setTwice(key: String, firstLine: Int)
  case notAColour(String, suggestion: String?)
  /// A key with nothing after `=`.
  case noValue
  case backgroundMissing
  case unknownAttribute(String, suggestion: String?)
  case noName
  /// A theme asked for by a name no theme has.
  case noSuchTheme(suggestion: String?, available: [String])
  case unreadable(SourceFileError)
}
