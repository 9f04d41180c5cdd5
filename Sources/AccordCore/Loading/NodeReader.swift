/// Reads typed values out of a composed YAML tree and keeps a diagnostic, with its position,
/// for everything that does not fit, so one run reports every problem in the file.
struct NodeReader {
  let file: String
  private(set) var diagnostics: [PlanDiagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func report(_ problem: PlanProblem, at mark: Node.Mark?) {
    let position = mark.map { PlanDiagnostic.Position(line: $0.line, column: $0.column) }
    diagnostics.append(PlanDiagnostic(file: file, position: position, problem: problem))
  }

  mutating func report(_ problem: PlanProblem, at node: Node?) {
    report(problem, at: node?.mark)
  }

  /// The entries of a mapping, once unknown keys (with a suggestion), repeated keys and missing
  /// required keys have been reported. Nil when `node` is not a mapping.
  mutating func fields(
    of node: Node, _ what: PlanProblem.Thing, required: [String], optional: [String] = []
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report(.notAMapping(what, expected: required + optional, found: Self.describe(node)), at: node)
      return nil
    }
    var fields = Fields(node: node)
    let known = required + optional
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        report(.keyNotPlain(in: what, found: Self.describe(key)), at: key)
        continue
      }
      if let first = fields.entry(name) {
        report(.repeatedKey(name, in: what, firstLine: first.key.mark?.line ?? 0), at: key)
        continue
      }
      if !known.contains(name) {
        report(
          .unknownKey(name, in: what, suggestion: Suggestion.closest(to: name, in: known), expected: known), at: key)
        continue
      }
      fields.entries.append((name, key, value))
    }
    for name in required where fields[name] == nil {
      report(.missingKey(name, in: what), at: node)
    }
    return fields
  }

  /// Text of a scalar; empty and null scalars are reported as empty.
  mutating func string(_ fields: Fields, _ key: String) -> String? {
    guard let value = fields[key] else { return nil }
    guard case .scalar(let scalar) = value else {
      report(.notText(key: key, found: Self.describe(value)), at: value)
      return nil
    }
    if Self.isNull(scalar) {
      report(.emptyValue(key: key), at: value)
      return nil
    }
    return scalar.string
  }

  mutating func strings(_ fields: Fields, _ key: String) -> [String] {
    guard let value = fields[key] else { return [] }
    guard case .sequence(let sequence) = value else {
      report(.notAList(key: key, found: Self.describe(value), example: true), at: value)
      return []
    }
    return sequence.compactMap { item in
      guard case .scalar(let scalar) = item, !Self.isNull(scalar) else {
        report(.itemNotText(key: key, found: Self.describe(item)), at: item)
        return nil
      }
      return scalar.string
    }
  }

  mutating func sequence(_ fields: Fields, _ key: String) -> [Node] {
    guard let value = fields[key] else { return [] }
    if case .scalar(let scalar) = value, Self.isNull(scalar) { return [] }
    guard case .sequence(let sequence) = value else {
      report(.notAList(key: key, found: Self.describe(value), example: false), at: value)
      return []
    }
    return Array(sequence)
  }

  mutating func day(_ fields: Fields, _ key: String) -> Day? {
    guard let text = string(fields, key) else { return nil }
    if let day = Day(iso: text) { return day }
    report(.notADay(key: key, Self.dateProblem(text)), at: fields[key])
    return nil
  }

  mutating func planDate(_ fields: Fields, _ key: String) -> PlanDate? {
    guard let text = string(fields, key) else { return nil }
    if let date = PlanDate(iso: text) { return date }
    report(.notAPlanDate(key: key, Self.dateProblem(text)), at: fields[key])
    return nil
  }

  /// `true` or `false`, nothing else (YAML 1.1's `yes`, `on` and the like are refused).
  mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
    guard let text = string(fields, key) else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default:
      report(.notABool(key: key, text: Self.quoted(text)), at: fields[key])
      return nil
    }
  }

  /// A value from a closed set, e.g. a status or a meeting type.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ key: String, as _: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let text = string(fields, key) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report(
      .unknownChoice(key: key, text: text, suggestion: Suggestion.closest(to: text, in: allowed), allowed: allowed),
      at: fields[key])
    return nil
  }

  static func dateProblem(_ text: String) -> PlanProblem.DateProblem {
    let digits = text.split(separator: "-").map(String.init)
    if let year = digits.first, year.count > 4, year.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      let limit = PlanProblem.yearLimit
      return .yearOutOfRange(String(year.prefix(limit)), cut: year.count > limit)
    }
    if digits.count == 3, let month = Int(digits[1]), (1...12).contains(month),
      let year = Int(digits[0]), let day = Int(digits[2])
    {
      return .notARealDay(text, month: month, year: year, days: Day.daysIn(month: month, year: year), day: day)
    }
    return .notADate(text)
  }

  static func isNull(_ scalar: Node.Scalar) -> Bool {
    scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  static func describe(_ node: Node) -> PlanProblem.Found {
    switch node {
    case .scalar(let scalar): isNull(scalar) ? .nothing : .text(quoted(scalar.string))
    case .mapping: .mapping
    case .sequence: .list
    }
  }

  /// The part of a value a sentence quotes.
  static func quoted(_ text: String) -> String {
    String(text.prefix(PlanProblem.quoteLimit))
  }
}

/// A mapping's entries by key, keeping the nodes for positions. A mapping has a dozen keys at
/// most: a linear search beats hashing them.
struct Fields {
  let node: Node
  fileprivate(set) var entries: [(name: String, key: Node, value: Node)] = []

  func entry(_ name: String) -> (name: String, key: Node, value: Node)? {
    entries.first { $0.name == name }
  }

  subscript(key: String) -> Node? { entry(key)?.value }
}
