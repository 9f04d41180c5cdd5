import AccordCore

/// Reads theme files: one `key = value` a line, `#` comments, as btop's themes are written.
///
///     name = "Light"
///     background = default
///     status_done = #1B7F3B bold
///     selection = black on 153
///
/// A value is a colour, optionally `on` a background colour, then any of `bold`, `dim`,
/// `reverse`, `underline`; `none` for attributes alone. Every mistake is reported with its line.
public enum ThemeParser {
  public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
    var theme = Theme(name: "")
    var problems: [ThemeError.Problem] = []
    var seen: [String: Int] = [:]
    let keys = ["name", "description", "background"] + StyleRole.allCases.map(\.rawValue)

    // "\r\n" is one Character in Swift: a file saved on Windows splits at it too.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, rawLine) in lines.enumerated() {
      // A file of nothing but mistakes is fixed from its first ones; reading on is wasted work.
      guard problems.count < ThemeError.problemLimit else { break }
      let lineNumber = index + 1
      let line = withoutComment(rawLine.last == "\r" ? rawLine.dropLast() : rawLine)
      let content = trimmed(line)
      guard !content.isEmpty, !content.hasPrefix("#") else { continue }
      func problem(_ message: String, column: Int = 1) {
        problems.append(.init(line: lineNumber, column: column, message: message))
      }
      guard let equals = content.firstIndex(of: "=") else {
        problem("expected 'key = value'; found \(SafeText.quoted(content, limit: 40))")
        continue
      }
      let key = trimmed(content[..<equals])
      let value = trimmed(content[content.index(after: equals)...])
      // Columns count characters from 1, past the indentation and around the '='.
      let indentation = line.prefix { $0 == " " || $0 == "\t" }.count
      let keyColumn = indentation + 1
      let afterEquals = content[content.index(after: equals)...]
      let valueColumn =
        indentation + content.distance(from: content.startIndex, to: equals) + 2
        + afterEquals.prefix { $0 == " " || $0 == "\t" }.count
      guard keys.contains(key) else {
        problem("unknown key \(SafeText.quoted(key))\(hint(key, keys))", column: keyColumn)
        continue
      }
      if let first = seen[key] {
        problem("'\(key)' is set twice (first on line \(first))", column: keyColumn)
        continue
      }
      seen[key] = lineNumber
      switch key {
      case "name": theme.name = unquoted(value)
      case "description": theme.summary = unquoted(value)
      case "background":
        guard let color = ThemeColor(value) else {
          problem(notAColour(value), column: valueColumn)
          continue
        }
        theme.background = color
      default:
        switch look(value) {
        case .success(let look): theme.roles[StyleRole(rawValue: key)!] = look
        case .failure(let message): problem(message.text, column: valueColumn)
        }
      }
    }
    if theme.name.isEmpty && problems.isEmpty {
      problems.append(.init(line: 1, column: 1, message: "the theme has no 'name = ...' line"))
    }
    guard problems.isEmpty else { throw ThemeError(file: file, problems: problems) }
    return theme
  }

  /// `COLOUR [on COLOUR] [bold] [dim] [reverse] [underline]`, or `none` with attributes.
  static func look(_ value: String) -> Result<RoleLook, ThemeError.Message> {
    var words = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard !words.isEmpty else {
      return .failure(.init("no value; expected a colour (e.g. #1B7F3B, 31, green or default) and attributes"))
    }
    var look = RoleLook()
    let first = words.removeFirst()
    if first.lowercased() != "none" {
      guard let color = ThemeColor(first) else { return .failure(.init(notAColour(first))) }
      look.foreground = color
    }
    if words.first?.lowercased() == "on" {
      words.removeFirst()
      guard let background = words.first else { return .failure(.init("'on' needs a background colour after it")) }
      guard let color = ThemeColor(background) else { return .failure(.init(notAColour(background))) }
      look.background = color
      words.removeFirst()
    }
    let attributes: [String: Style.Emphasis] = [
      "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline,
    ]
    for word in words {
      guard let attribute = attributes[word.lowercased()] else {
        return .failure(
          .init(
            "unknown attribute \(SafeText.quoted(word))\(hint(word, Array(attributes.keys).sorted())); expected bold, dim, reverse or underline"
          ))
      }
      look.emphasis.insert(attribute)
    }
    return .success(look)
  }

  static func notAColour(_ word: String) -> String {
    "\(SafeText.quoted(word)) is not a colour\(hint(word, ThemeColor.ansiNames + ["default"])); expected #RRGGBB, 0-255, a name (red, bright-blue...) or default"
  }

  static func hint(_ word: String, _ candidates: [String]) -> String {
    Suggestion.hint(for: word, in: candidates)
  }

  static func unquoted(_ value: String) -> String {
    guard value.count >= 2, value.first == "\"", value.last == "\"" else { return value }
    return String(value.dropFirst().dropLast())
  }
}

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
    public var message: String
  }

  public struct Message: Error, Equatable {
    public var text: String
    init(_ text: String) { self.text = text }
  }

  /// The most problems one parse collects.
  public static let problemLimit = 50

  /// `FILE:LINE:COLUMN: message`, or `FILE: message` for the file as a whole (line 0);
  /// sanitised, since the name and the quoted text come from outside.
  public var description: String {
    let file = SafeText.sanitized(file)
    return problems.map { problem in
      let message = SafeText.excerpt(problem.message, limit: PlanDiagnostic.messageLimit)
      return problem.line == 0 ? "\(file): \(message)" : "\(file):\(problem.line):\(problem.column): \(message)"
    }.joined(separator: "\n")
  }
}

/// A comment starts at `#` followed by a space (or the line's end) after a blank, so `#1B7F3B`
/// stays a colour while `... bold   # why` loses its note.
private func withoutComment(_ line: Substring) -> Substring {
  var previous: Character = " "
  var index = line.startIndex
  while index < line.endIndex {
    let next = line.index(after: index)
    if line[index] == "#", previous == " " || previous == "\t", next == line.endIndex || line[next] == " " {
      return line[..<index]
    }
    previous = line[index]
    index = next
  }
  return line
}

private func trimmed<S: StringProtocol>(_ text: S) -> String {
  let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
  guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else {
    return ""
  }
  return String(text[first...last])
}
