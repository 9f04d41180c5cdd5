/// One problem found in a plan file, printed as `FILE:LINE:COLUMN: message` (the form editors
/// and compilers use, so a click in the terminal jumps to the spot).
public struct PlanDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  /// Nil for problems with the file as a whole: missing, empty, not text.
  public var position: Position?
  public var message: String

  public init(file: String, position: Position?, message: String) {
    self.file = file
    self.position = position
    self.message = message
  }

  public struct Position: Equatable, Sendable, Comparable {
    public var line: Int
    /// Counted in Unicode scalars from 1, as libyaml counts.
    public var column: Int

    public init(line: Int, column: Int) {
      self.line = line
      self.column = column
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
      (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
  }

  /// Sanitised, since the file's name and the text it quotes come from outside, and no longer
  /// than `messageLimit` characters, however long a value the message quotes.
  public var description: String {
    let file = SafeText.sanitized(file)
    let message = SafeText.excerpt(message, limit: Self.messageLimit)
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }

  /// Room for the longest message accord writes (a list of expected keys) with a short quote.
  public static let messageLimit = 400
}

/// Everything wrong with a plan file, in file order.
public struct PlanLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var diagnostics: [PlanDiagnostic]

  public init(_ diagnostics: [PlanDiagnostic]) {
    self.diagnostics = diagnostics
  }

  /// One problem a line; past `shownLimit` of them, how many more there are.
  public var description: String {
    var lines = diagnostics.prefix(Self.shownLimit).map(\.description)
    if diagnostics.count > Self.shownLimit {
      lines.append("(and \(diagnostics.count - Self.shownLimit) more problems)")
    }
    return lines.joined(separator: "\n")
  }

  /// A file with thousands of problems is better fixed from the first ones.
  public static let shownLimit = 100
}
