import AccordCore
import AccordLocalization
import Foundation
import GettextFormat
import Testing

@testable import AccordUI

/// Every screen in a pseudo-language whose every message is its English id between `⟦` and
/// `⟧`: a word of English left outside the marks is a text that skipped the catalog (a literal
/// written straight to the screen), unless the plan's own text or a key's name has it.
@Suite struct PseudoLocaleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// accord.pot with each message marked, plurals too.
  static let pseudo: Writing = {
    let pot = try! String(contentsOf: root.appendingPathComponent("po/accord.pot"), encoding: .utf8)
    let file = try! PoFile(parsing: pot, file: "accord.pot")
    let entries = file.entries.filter { !$0.id.isEmpty }.map { entry in
      var marked = entry
      marked.translations = ([entry.id] + (entry.pluralID.map { [$0] } ?? [])).map { "⟦" + $0 + "⟧" }
      marked.fuzzy = false
      return marked
    }
    let catalog = try! Catalog(language: .lao, file: PoFile(header: [:], entries: entries))
    return Writing(catalog: catalog)
  }()

  /// Every word of the plan's own text (the bundled plan file) and of the journal fixture:
  /// data, which stays as the plan wrote it.
  static let dataWords: Set<String> = {
    let plan = try! String(
      contentsOf: root.appendingPathComponent("sample-data/lao-cambodia-2023-2027.yaml"), encoding: .utf8)
    let journal = JournalFixture.updates.map { String(describing: $0) }
    return Set(words(in: ([plan] + journal).joined(separator: " ")))
  }()

  /// Names of keys and glyph words that are the same in every language.
  static let keyNames: Set<String> = [
    "Enter", "Esc", "Tab", "Shift", "Ctrl", "PgUp", "PgDn", "Home", "End", "Left", "Right", "Up", "Down", "Backspace",
    "hjkl", "YYYY",
  ]

  /// The codes the update form offers as they are stored (`not-started`): machine words.
  static let codes = Set(
    (CommitmentStatus.allCases.map(\.rawValue) + MeetingStatus.allCases.map(\.rawValue)
      + Confidence.allCases.map(\.rawValue) + ["commitment", "meeting", "milestone", "none"]).flatMap { words(in: $0) })

  /// A word of the plan's text, whole or as a text cut to its column leaves it (`commitmen…`).
  static func isData(_ word: String) -> Bool {
    dataWords.contains(word) || dataWords.contains { $0.hasPrefix(word) || $0.hasSuffix(word) }
  }

  static func words(in text: String) -> [String] {
    text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 3 }
  }

  /// The screen's text with every marked message taken out, wrapped ones too: a message cut
  /// at the right edge has no closing mark, and its next line starts before one.
  static func unmarked(_ line: String) -> String {
    var rest = Substring(line)
    if let close = rest.firstIndex(of: "⟧"), rest.firstIndex(of: "⟦").map({ close < $0 }) ?? true {
      rest = rest[rest.index(after: close)...]
    }
    // A message may hold another (a month's name in a sentence about a day): marks nest.
    var kept = ""
    var depth = 0
    for character in rest {
      switch character {
      case "⟦": depth += 1
      case "⟧": depth = max(0, depth - 1)
      default: if depth == 0 { kept.append(character) }
      }
    }
    return kept
  }

  static let routes: [Route] = [
    .overview, .pillar(0), .pillar(3), .sector("16"), .commitment("16.3"), .timeline, .meeting("jc-16"),
    .search("border"), .agencies, .watchlist, .commitmentsOf(meeting: "jc-15"), .meetingsOf(commitment: "16.3"),
    .updates(since: Day(year: 2026, month: 11, day: 1)),
  ]

  static func states() -> [(String, AppState)] {
    var list: [(String, AppState)] = []
    for route in routes {
      var state = JournalFixture.state(showing: route, width: 120, height: 40)
      state.writing = pseudo
      list.append(("\(route)", state))
      var help = state
      _ = help.update(.key(.character("?")))
      list.append(("help on \(route)", help))
    }
    var filters = JournalFixture.state(showing: .sector("16"), width: 120, height: 40)
    filters.writing = pseudo
    _ = filters.update(.key(.character("f")))
    _ = filters.update(.key(.character("o")))
    list.append(("filter menu", filters))
    var picker = filters
    _ = picker.update(.key(.character("g")))
    list.append(("agency picker", picker))
    var form = JournalFixture.state(showing: .commitment("16.3"), width: 120, height: 40)
    form.writing = pseudo
    _ = form.update(.key(.character("u")))
    list.append(("update form", form))
    // The problems the model finds with a typed update: a future day and no source. Worded by
    // the interface, not by AccordCore, so they are marked too.
    var refused = form
    for key: Key in [
      .character("d"), .tab, .control("u"), .character("2"), .character("0"), .character("2"),
      .character("7"), .control("s"),
    ] {
      _ = refused.update(.key(key))
    }
    list.append(("update form with problems", refused))
    return list
  }

  @Test func everyScreenWritesItsWordsThroughTheCatalog() {
    for (name, state) in Self.states() {
      let screen = render(state, 120, 40)
      // Over a screen, a box's own lines only: the screen under it is cut at the box's edges.
      let overlay = state.helpOpen || state.filterMenuOpen || state.updateForm != nil || state.choicePicker != nil
      let lines = screen.lines.compactMap { line -> String? in
        guard overlay else { return line }
        guard let first = line.firstIndex(of: "║"), let last = line.lastIndex(of: "║"), first < last else { return nil }
        return String(line[line.index(after: first)..<last])
      }
      let stray = lines.flatMap { Self.words(in: Self.unmarked($0)) }
        .filter { !Self.isData($0) && !Self.keyNames.contains($0) && !Self.codes.contains($0) }
      #expect(stray.isEmpty, "\(name): English outside the catalog: \(Set(stray).sorted())\n\(screen)")
    }
  }

  @Test func theMarksAreThere() {
    // Guards the test above: a screen drawn without the pseudo catalog would pass it vacuously
    // only if it had no words at all.
    let screen = render(Self.states()[0].1, 120, 40)
    #expect(screen.text.contains("⟦"), "\(screen)")
    let refused = Self.states().first { $0.0 == "update form with problems" }?.1
    #expect(refused?.updateForm?.problems.count == 2, "the form shows the date's and the source's problems")
  }
}
