/// What is wrong in a catalog file, where: `lo.po:12:9: ...`.
public struct PoError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var problem: String

  public init(file: String, line: Int, column: Int, problem: String) {
    self.file = file
    self.line = line
    self.column = column
    self.problem = problem
  }

  public var description: String { "\(file):\(line):\(column): \(problem)" }
}
