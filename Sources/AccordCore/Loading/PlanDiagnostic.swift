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

  public var description: String {
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }
}

/// Everything wrong with a plan file, in file order.
public struct PlanLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  public var diagnostics: [PlanDiagnostic]

  public init(_ diagnostics: [PlanDiagnostic]) {
    self.diagnostics = diagnostics
  }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
