import AccordCore
import AccordLocalization

/// Everything wrong with a theme file, printed `FILE:LINE:COLUMN: message` a line.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var problems: [Problem]

  public init(file: String, problems: [Problem]) {
    self.file = file
    self.problems = problems
  }

  public struct Problem: Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var problem: ThemeProblem
  }

  /// The most problems one parse collects.
  public static let problemLimit = 50

  /// `FILE:LINE:COLUMN: message` a line in the reader's language, or `FILE: message` for the
  /// file as a whole (line 0); sanitised, since the name and the quoted text come from outside.
  public func lines(in writing: Writing) -> [String] {
    let file = SafeText.sanitized(file)
    return problems.map { problem in
      let message = SafeText.excerpt(problem.problem.message(in: writing), limit: PlanDiagnostic.messageLimit)
      return problem.line == 0 ? "\(file): \(message)" : "\(file):\(problem.line):\(problem.column): \(message)"
    }
  }

  public func description(in writing: Writing) -> String { lines(in: writing).joined(separator: "\n") }

  public var description: String { description(in: .english) }
}
