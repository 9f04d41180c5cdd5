/// Reads typed values out of a composed YAML tree and keeps a diagnostic, with its position,
/// for everything that does not fit, so one run reports every problem in the file.
struct NodeReader {
  let file: String
  private(set) var diagnostics: [PlanDiagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func report(_ message: String, at mark: Node.Mark?) {
    let position = mark.map { PlanDiagnostic.Position(line: $0.line, column: $0.column) }
    diagnostics.append(PlanDiagnostic(file: file, position: position, message: message))
  }

  mutating func report(_ message: String, at node: Node?) {
    report(message, at: node?.mark)
  }

  /// The entries of a mapping, once unknown keys (with a suggestion), repeated keys and missing
  /// required keys have been reported. Nil when `node` is not a mapping.
  mutating func fields(
    of node: Node, _ what: String, required: [String], optional: [String] = []
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report("\(what) should be a mapping of \(Self.list(required + optional)); found \(Self.describe(node))", at: node)
      return nil
    }
    var fields = Fields(node: node)
    let known = required + optional
    for (key, value) in mapping {
      guard let name = key.scalar?.string else {
        report("keys of \(what) should be plain words; found \(Self.describe(key))", at: key)
        continue
      }
      if let first = fields.entry(name) {
        report("'\(name)' appears twice in \(what) (first at line \(first.key.mark?.line ?? 0))", at: key)
        continue
      }
      if !known.contains(name) {
        report(
          "unknown key '\(name)' in \(what)\(Suggestion.hint(for: name, in: known)); expected \(Self.list(known))",
          at: key)
        continue
      }
      fields.entries.append((name, key, value))
    }
    for name in required where fields[name] == nil {
      report("\(what) is missing '\(name)'", at: node)
    }
    return fields
  }

  /// Text of a scalar; empty and null scalars are reported as empty.
  mutating func string(_ fields: Fields, _ key: String) -> String? {
    guard let value = fields[key] else { return nil }
    guard case .scalar(let scalar) = value else {
      report("'\(key)' should be text; found \(Self.describe(value))", at: value)
      return nil
    }
    if Self.isNull(scalar) {
      report("'\(key)' is empty", at: value)
      return nil
    }
    return scalar.string
  }

  mutating func strings(_ fields: Fields, _ key: String) -> [String] {
    guard let value = fields[key] else { return [] }
    guard case .sequence(let sequence) = value else {
      report("'\(key)' should be a list, e.g. [a, b]; found \(Self.describe(value))", at: value)
      return []
    }
    return sequence.compactMap { item in
      guard case .scalar(let scalar) = item, !Self.isNull(scalar) else {
        report("items of '\(key)' should be text; found \(Self.describe(item))", at: item)
        return nil
      }
      return scalar.string
    }
  }

  mutating func sequence(_ fields: Fields, _ key: String) -> [Node] {
    guard let value = fields[key] else { return [] }
    if case .scalar(let scalar) = value, Self.isNull(scalar) { return [] }
    guard case .sequence(let sequence) = value else {
      report("'\(key)' should be a list; found \(Self.describe(value))", at: value)
      return []
    }
    return Array(sequence)
  }

  mutating func day(_ fields: Fields, _ key: String) -> Day? {
    guard let text = string(fields, key) else { return nil }
    if let day = Day(iso: text) { return day }
    report("'\(key)' \(Self.dateProblem(text)); expected a day as YYYY-MM-DD", at: fields[key])
    return nil
  }

  mutating func planDate(_ fields: Fields, _ key: String) -> PlanDate? {
    guard let text = string(fields, key) else { return nil }
    if let date = PlanDate(iso: text) { return date }
    report("'\(key)' \(Self.dateProblem(text)); expected YYYY-MM-DD, YYYY-MM or YYYY", at: fields[key])
    return nil
  }

  /// `true` or `false`, nothing else (YAML 1.1's `yes`, `on` and the like are refused).
  mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
    guard let text = string(fields, key) else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default:
      report("'\(key)' should be true or false; found '\(text.prefix(40))'", at: fields[key])
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
      "unknown \(key) '\(text)'\(Suggestion.hint(for: text, in: allowed)); expected one of \(Self.list(allowed))",
      at: fields[key])
    return nil
  }

  static func dateProblem(_ text: String) -> String {
    let digits = text.split(separator: "-").map(String.init)
    if let year = digits.first, year.count > 4, year.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      return
        "has the year \(year.prefix(12))\(year.count > 12 ? "…" : ""), which is out of range (a year has four digits)"
    }
    if digits.count == 3, let month = Int(digits[1]), (1...12).contains(month),
      let year = Int(digits[0]), let day = Int(digits[2])
    {
      return
        "is not a real day: \(text) (month \(month) of \(year) has \(Day.daysIn(month: month, year: year)) days, not \(day))"
    }
    return "is not a date: '\(text)'"
  }

  static func isNull(_ scalar: Node.Scalar) -> Bool {
    scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): isNull(scalar) ? "nothing" : "'\(scalar.string.prefix(40))'"
    case .mapping: "a mapping"
    case .sequence: "a list"
    }
  }

  static func list(_ words: [String]) -> String {
    words.map { "'\($0)'" }.joined(separator: ", ")
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
