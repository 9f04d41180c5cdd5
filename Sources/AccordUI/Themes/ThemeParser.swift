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

    // Lines are cut, trimmed and searched as UTF-8 bytes in an array, as every mark the format
    // has is ASCII: by Characters, a 3 KB theme took 2.9 million instructions at every start, and
    // by a String's UTF-8 view a million, each step of its index checked. A file saved on Windows
    // splits the same, its "\r" dropped.
    let bytes = Array(text.utf8)
    var lineStart = 0
    var lineNumber = 0
    while lineStart <= bytes.count {
      // A file of nothing but mistakes is fixed from its first ones; reading on is wasted work.
      guard problems.count < ThemeError.problemLimit else { break }
      lineNumber += 1
      let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
      var rawLine = bytes[lineStart..<lineEnd]
      lineStart = lineEnd + 1
      if rawLine.last == carriageReturn { rawLine = rawLine.dropLast() }
      let line = withoutComment(rawLine)
      let content = trimmed(line)
      guard !content.isEmpty, content.first != UInt8(ascii: "#") else { continue }
      func problem(_ problem: ThemeProblem, column: Int = 1) {
        problems.append(.init(line: lineNumber, column: column, problem: problem))
      }
      guard let equals = content.firstIndex(of: UInt8(ascii: "=")) else {
        problem(.notKeyValue(found: String(decoding: content, as: UTF8.self)))
        continue
      }
      let key = String(decoding: trimmed(content[..<equals]), as: UTF8.self)
      let afterEquals = content[(equals + 1)...]
      let value = String(decoding: trimmed(afterEquals), as: UTF8.self)
      // Columns count from 1, past the indentation and around the '=': all blanks and an ASCII
      // key, so bytes are characters (an unknown key is said before its value is read).
      let indentation = line.prefix(while: isBlank).count
      let keyColumn = indentation + 1
      let valueColumn = indentation + (equals - content.startIndex) + 2 + afterEquals.prefix(while: isBlank).count
      guard keys.contains(key) else {
        problem(.unknownKey(key, suggestion: Suggestion.closest(to: key, in: keys)), column: keyColumn)
        continue
      }
      if let first = seen[key] {
        problem(.setTwice(key: key, firstLine: first), column: keyColumn)
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
        case .failure(let failure): problem(failure.problem, column: valueColumn)
        }
      }
    }
    if theme.name.isEmpty && problems.isEmpty {
      problems.append(.init(line: 1, column: 1, problem: .noName))
    }
    guard problems.isEmpty else { throw ThemeError(file: file, problems: problems) }
    return theme
  }

  /// `COLOUR [on COLOUR] [bold] [dim] [reverse] [underline]`, or `none` with attributes.
  static func look(_ value: String) -> Result<RoleLook, LookFailure> {
    var words = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard !words.isEmpty else {
      return .failure(.init(.noValue))
    }
    var look = RoleLook()
    let first = words.removeFirst()
    if first.lowercased() != "none" {
      guard let color = ThemeColor(first) else { return .failure(.init(notAColour(first))) }
      look.foreground = color
    }
    if words.first?.lowercased() == "on" {
      words.removeFirst()
      guard let background = words.first else { return .failure(.init(.backgroundMissing)) }
      guard let color = ThemeColor(background) else { return .failure(.init(notAColour(background))) }
      look.background = color
      words.removeFirst()
    }
    for word in words {
      guard let attribute = emphasis(named: word.lowercased()) else {
        let suggestion = Suggestion.closest(to: word, in: ["bold", "dim", "reverse", "underline"])
        return .failure(.init(.unknownAttribute(word, suggestion: suggestion)))
      }
      look.emphasis.insert(attribute)
    }
    return .success(look)
  }

  static func emphasis(named name: String) -> Style.Emphasis? {
    switch name {
    case "bold": .bold
    case "dim": .dim
    case "reverse": .reverse
    case "underline": .underline
    default: nil
    }
  }

  static func notAColour(_ word: String) -> ThemeProblem {
    .notAColour(word, suggestion: Suggestion.closest(to: word, in: ThemeColor.ansiNames + ["default"]))
  }

  /// A value's problem, as a `Result`'s error.
  struct LookFailure: Error {
    let problem: ThemeProblem
    init(_ problem: ThemeProblem) { self.problem = problem }
  }

  static func unquoted(_ value: String) -> String {
    guard value.count >= 2, value.first == "\"", value.last == "\"" else { return value }
    return String(value.dropFirst().dropLast())
  }
}

/// A comment starts at `#` followed by a space (or the line's end) after a blank, so `#1B7F3B`
/// stays a colour while `... bold   # why` loses its note.
private func withoutComment(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
  var previous = UInt8(ascii: " ")
  for index in line.indices {
    let next = index + 1
    if line[index] == UInt8(ascii: "#"), isBlank(previous), next == line.endIndex || line[next] == UInt8(ascii: " ") {
      return line[..<index]
    }
    previous = line[index]
  }
  return line
}

/// Without blanks at either end. The ends found are ASCII or the text's own, so they fall
/// between characters.
private func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
  guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) })
  else { return [] }
  return text[first...last]
}

private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
