import AccordCore
import AccordLocalization

// A plan file's problems as lines, `FILE:LINE:COLUMN: message`, in the reader's language;
// `description` is the English of the same words, for the places that have no `Writing`.

extension PlanDiagnostic: CustomStringConvertible {
  /// Sanitised, since the file's name and the text it quotes come from outside, and no longer
  /// than `messageLimit` characters, however long a value the message quotes.
  public func description(in writing: Writing) -> String {
    let file = SafeText.sanitized(file)
    let message = SafeText.excerpt(problem.message(in: writing), limit: Self.messageLimit)
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }

  public var description: String { description(in: .english) }
}

extension PlanLoadError: CustomStringConvertible {
  /// One problem a line; past `shownLimit` of them, how many more there are.
  public func description(in writing: Writing) -> String {
    var lines = diagnostics.prefix(Self.shownLimit).map { $0.description(in: writing) }
    let more = diagnostics.count - Self.shownLimit
    if more > 0 {
      lines.append(writing.localized("(and %d more problem)", plural: "(and %d more problems)", count: more))
    }
    return lines.joined(separator: "\n")
  }

  public var description: String { description(in: .english) }
}

extension SourceFileError: CustomStringConvertible {
  public var description: String { message(in: .english) }
}
