/// A catalog's `Plural-Forms` (`nplurals=2; plural=(n != 1);`): how many forms a message has in
/// the language, and which one a count takes. The expression is C's, as gettext reads it; Lao and
/// Khmer have one form, English two.
public struct PluralRule: Sendable, Equatable {
  public let count: Int
  /// The formula; nil for English's `n != 1`. English's rule is a global every session holds,
  /// and a formula's tree is boxes whose pointers Swift tags with the enum's case, which
  /// LeakSanitizer cannot follow: held in a global, they were reported as leaked by the fuzzers.
  let expression: PluralExpression?

  /// English's, and every catalog's without a `Plural-Forms`.
  public static let english = PluralRule(count: 2, expression: nil)

  init(count: Int, expression: PluralExpression?) {
    self.count = count
    self.expression = expression
  }

  /// Why a `Plural-Forms` could not be read, said for a translator.
  public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
  }

  public init(parsing text: String) throws(Problem) {
    var count: Int?
    var formula: Substring?
    for part in text.split(separator: ";") {
      let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
      guard pair.count == 2 else { continue }
      if pair[0] == "nplurals" { count = Int(pair[1]) }
      if pair[0] == "plural" { formula = pair[1] }
    }
    guard let count, (1...6).contains(count) else { throw Problem(description: "Plural-Forms needs nplurals=1 to 6") }
    guard let formula else { throw Problem(description: "Plural-Forms has no plural=") }
    guard formula.count <= 500 else { throw Problem(description: "the plural formula is longer than 500 characters") }
    var parser = PluralParser(text: Array(formula.utf8))
    self.count = count
    expression = try parser.parseWhole()
  }

  /// The form for `n`: always one the catalog has (a formula going out of range takes the last).
  public func form(for n: Int) -> Int {
    let index = expression?.evaluate(n: n) ?? (n != 1 ? 1 : 0)
    return (0..<count).contains(index) ? index : count - 1
  }
}

indirect enum PluralExpression: Sendable, Equatable {
  case n
  case number(Int)
  case not(PluralExpression)
  case binary(String, PluralExpression, PluralExpression)
  case choice(PluralExpression, PluralExpression, PluralExpression)

  func evaluate(n: Int) -> Int {
    switch self {
    case .n: return n
    case .number(let value): return value
    case .not(let operand): return operand.evaluate(n: n) == 0 ? 1 : 0
    case .choice(let condition, let yes, let no):
      return condition.evaluate(n: n) != 0 ? yes.evaluate(n: n) : no.evaluate(n: n)
    case .binary(let op, let left, let right):
      let (a, b) = (left.evaluate(n: n), right.evaluate(n: n))
      switch op {
      case "||": return a != 0 || b != 0 ? 1 : 0
      case "&&": return a != 0 && b != 0 ? 1 : 0
      case "==": return a == b ? 1 : 0
      case "!=": return a != b ? 1 : 0
      case "<": return a < b ? 1 : 0
      case ">": return a > b ? 1 : 0
      case "<=": return a <= b ? 1 : 0
      case ">=": return a >= b ? 1 : 0
      case "+": return a &+ b
      case "-": return a &- b
      case "*": return a &* b
      // Dividing by zero in a translator's formula gives form 0, never a crash.
      case "/": return b == 0 ? 0 : a / b
      case "%": return b == 0 ? 0 : a % b
      default: return 0
      }
    }
  }
}

/// Recursive descent over C's precedence levels, nested at most 40 deep.
struct PluralParser {
  let text: [UInt8]
  var position = 0
  var depth = 0

  static let levels: [[String]] = [
    ["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"],
  ]

  mutating func parseWhole() throws(PluralRule.Problem) -> PluralExpression {
    let expression = try parseChoice()
    skipSpaces()
    guard position == text.count else {
      throw problem("unexpected \"\(String(decoding: text[position...], as: UTF8.self))\"")
    }
    return expression
  }

  private mutating func parseChoice() throws(PluralRule.Problem) -> PluralExpression {
    depth += 1
    defer { depth -= 1 }
    guard depth <= 40 else { throw problem("the plural formula is nested too deep") }
    let condition = try parseLevel(0)
    guard take("?") else { return condition }
    let yes = try parseChoice()
    guard take(":") else { throw problem("a ? without its :") }
    return .choice(condition, yes, try parseChoice())
  }

  private mutating func parseLevel(_ level: Int) throws(PluralRule.Problem) -> PluralExpression {
    guard level < Self.levels.count else { return try parseUnary() }
    var left = try parseLevel(level + 1)
    while let op = Self.levels[level].first(where: { take($0) }) {
      left = .binary(op, left, try parseLevel(level + 1))
    }
    return left
  }

  private mutating func parseUnary() throws(PluralRule.Problem) -> PluralExpression {
    if take("!") {
      depth += 1
      defer { depth -= 1 }
      guard depth <= 40 else { throw problem("the plural formula is nested too deep") }
      return .not(try parseUnary())
    }
    if take("(") {
      let inner = try parseChoice()
      guard take(")") else { throw problem("a ( without its )") }
      return inner
    }
    if take("n") { return .n }
    skipSpaces()
    var value = 0
    var digits = 0
    while position < text.count, (48...57).contains(text[position]), digits < 9 {
      value = value * 10 + Int(text[position] - 48)
      position += 1
      digits += 1
    }
    guard digits > 0 else { throw problem("expected n, a number or ( at column \(position + 1)") }
    return .number(value)
  }

  /// Takes `token` if it comes next (after spaces); `<` is not taken from `<=`, nor `!` from `!=`.
  private mutating func take(_ token: String) -> Bool {
    skipSpaces()
    let bytes = Array(token.utf8)
    guard position + bytes.count <= text.count, Array(text[position..<position + bytes.count]) == bytes else {
      return false
    }
    if bytes.count == 1, ["<", ">", "!"].contains(token), position + 1 < text.count,
      text[position + 1] == UInt8(ascii: "=")
    {
      return false
    }
    position += bytes.count
    return true
  }

  private mutating func skipSpaces() {
    while position < text.count, text[position] == UInt8(ascii: " ") || text[position] == UInt8(ascii: "\t") {
      position += 1
    }
  }

  private func problem(_ description: String) -> PluralRule.Problem { PluralRule.Problem(description: description) }
}
