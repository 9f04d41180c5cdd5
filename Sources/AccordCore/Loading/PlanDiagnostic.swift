/// One problem found in a plan file, printed as `FILE:LINE:COLUMN: message` (the form editors
/// and compilers use, so a click in the terminal jumps to the spot). The words are AccordText's,
/// in the reader's language (`description(in:)`); `description` is their English.
public struct PlanDiagnostic: Error, Equatable, Sendable {
  public var file: String
  /// Nil for problems with the file as a whole: missing, empty, not text.
  public var position: Position?
  public var problem: PlanProblem

  public init(file: String, position: Position?, problem: PlanProblem) {
    self.file = file
    self.position = position
    self.problem = problem
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

  /// Room for the longest message accord writes (a list of expected keys) with a short quote.
  public static let messageLimit = 400
}

/// Everything wrong with a plan file, in file order; worded by AccordText, one problem a line.
public struct PlanLoadError: Error, Equatable, Sendable {
  public var diagnostics: [PlanDiagnostic]

  public init(_ diagnostics: [PlanDiagnostic]) {
    self.diagnostics = diagnostics
  }

  /// A file with thousands of problems is better fixed from the first ones.
  public static let shownLimit = 100
}
