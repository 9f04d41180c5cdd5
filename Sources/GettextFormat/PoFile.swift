/// A catalog in GNU gettext's PO format, the file translators' tools (Poedit, Weblate) read and
/// write: its header fields and its messages. Read line by line in one pass; anything that is not
/// PO is refused with its line and column, never guessed at.
public struct PoFile: Sendable, Equatable {
  /// The header entry's fields (`Language`, `Plural-Forms`, `Last-Translator`...).
  public var header: [String: String]
  public var entries: [PoEntry]

  /// Larger than any catalog of accord's could be: a bound on the work a damaged file causes.
  public static let maximumBytes = 4 << 20

  public init(header: [String: String] = [:], entries: [PoEntry]) {
    self.header = header
    self.entries = entries
  }

  public init(parsing text: String, file: String) throws(PoError) {
    guard text.utf8.count <= Self.maximumBytes else {
      throw PoError(
        file: file, line: 1, column: 1, problem: "larger than \(Self.maximumBytes >> 20) MB; this is not a catalog")
    }
    var reader = PoReader(file: file)
    var number = 0
    // Lines split on the bytes, not the characters: a catalog is mostly Lao or Khmer, whose
    // clusters made splitting and counting by `Character` most of the time it took to read.
    for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      let line = Substring(bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes)
      try reader.read(line, number: number)
    }
    try reader.finishEntry()
    header = Self.fields(of: reader.headerText ?? "")
    entries = reader.entries
  }

  /// `Key: value` lines of the header's text.
  static func fields(of headerText: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in headerText.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      fields[String(line[..<colon])] = String(value)
    }
    return fields
  }
}

/// The state of reading a PO file: the entry being put together and the field that a
/// continuation line (`"..."` alone) adds to.
struct PoReader {
  enum Field: Equatable {
    case context, id, pluralID
    case translation(Int)
  }

  let file: String
  var entries: [PoEntry] = []
  var headerText: String?
  private var seen: Set<String> = []
  private var context: String?
  private var id: String?
  private var pluralID: String?
  private var translations: [Int: String] = [:]
  private var flags: Set<Substring> = []
  private var start = 0
  private var field: Field?
  /// Whether the translations came as `msgstr[n]`, which go with `msgid_plural` only.
  private var indexed = false

  init(file: String) { self.file = file }

  mutating func read(_ line: Substring, number: Int) throws(PoError) {
    let text = line.drop { $0 == " " || $0 == "\t" }
    // Spaces and tabs, so bytes count the columns as characters would.
    let indent = line.utf8.count - text.utf8.count
    if text.isEmpty { return try finishEntry() }
    if text.hasPrefix("#~") { return }  // an obsolete entry, kept by tools for later
    if text.hasPrefix("#") {
      if id != nil || context != nil { try finishEntry() }
      if text.hasPrefix("#,") {
        flags.formUnion(text.dropFirst(2).split(separator: ",").map { $0.trimmingSpaces })
      }
      return
    }
    if text.hasPrefix("\"") {
      guard let field else { throw failure(number, indent + 1, "a string that continues no field") }
      return append(try PoString.parse(text, file: file, line: number, column: indent + 1), to: field)
    }
    let keyword = text.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
    let rest = text.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
    let column = indent + 1 + (text.utf8.count - rest.utf8.count)
    guard let next = Self.field(named: keyword) else {
      throw failure(number, indent + 1, "unknown keyword \"\(PoString.visible(keyword))\"")
    }
    if next == .context || next == .id, id != nil || !translations.isEmpty { try finishEntry() }
    if id == nil && context == nil { start = number }
    guard rest.hasPrefix("\"") else { throw failure(number, column, "\(keyword) is not followed by a quoted string") }
    let value = try PoString.parse(rest, file: file, line: number, column: column)
    guard isNew(next) else { throw failure(number, indent + 1, "a second \(keyword) in one entry") }
    field = next
    if case .translation = next, keyword != "msgstr" { indexed = true }
    append(value, to: next)
  }

  private static func field(named keyword: Substring) -> Field? {
    switch keyword {
    case "msgctxt": return .context
    case "msgid": return .id
    case "msgid_plural": return .pluralID
    case "msgstr": return .translation(0)
    default:
      guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()),
        (0..<16).contains(index)
      else { return nil }
      return .translation(index)
    }
  }

  private func isNew(_ field: Field) -> Bool {
    switch field {
    case .context: context == nil
    case .id: id == nil
    case .pluralID: pluralID == nil
    case .translation(let index): translations[index] == nil
    }
  }

  private mutating func append(_ value: String, to field: Field) {
    switch field {
    case .context: context = (context ?? "") + value
    case .id: id = (id ?? "") + value
    case .pluralID: pluralID = (pluralID ?? "") + value
    case .translation(let index): translations[index, default: ""] += value
    }
  }

  /// Ends the entry being read, if any: checks it is whole and new, and keeps it.
  mutating func finishEntry() throws(PoError) {
    defer {
      (context, id, pluralID, translations, flags, field, indexed) = (nil, nil, nil, [:], [], nil, false)
    }
    guard id != nil || context != nil || !translations.isEmpty else { return }
    guard let id else { throw failure(start, 1, "an entry without msgid") }
    let count = translations.count
    guard count > 0, translations.keys.allSatisfy({ $0 < count }) else {
      throw failure(start, 1, "msgid \"\(PoString.visible(id.prefix(40)))\" has no msgstr, or a gap in its msgstr[n]")
    }
    guard (pluralID != nil) == indexed else {
      throw failure(
        start, 1, "msgid \"\(PoString.visible(id.prefix(40)))\": msgid_plural goes with msgstr[0], msgstr[1]...")
    }
    let key = (context ?? "") + "\u{4}" + id
    guard seen.insert(key).inserted else {
      throw failure(start, 1, "msgid \"\(PoString.visible(id.prefix(40)))\" is in the catalog twice")
    }
    let ordered = (0..<count).map { translations[$0] ?? "" }
    if id.isEmpty && context == nil {
      headerText = ordered[0]
      return
    }
    entries.append(
      PoEntry(
        context: context, id: id, pluralID: pluralID, translations: ordered, fuzzy: flags.contains("fuzzy"),
        formatted: flags.contains("c-format"), line: start))
  }

  private func failure(_ line: Int, _ column: Int, _ problem: String) -> PoError {
    PoError(file: file, line: line, column: column, problem: problem)
  }
}

extension Substring {
  var trimmingSpaces: Substring {
    let start = drop { $0 == " " }
    var end = start.endIndex
    while end > start.startIndex, start[start.index(before: end)] == " " { end = start.index(before: end) }
    return start[..<end]
  }
}
