import AccordCore
import AccordText
import Foundation
import Testing

@testable import AccordUI

/// The bundled plan seen on the briefing day the tests fix.
enum Briefing {
  static let today = Day(year: 2026, month: 11, day: 24)
  static let plan: Plan = try! PlanLoader.bundled()

  static func state(ascii: Bool = false, width: Int = 80, height: Int = 24) -> AppState {
    AppState(
      plan: plan, today: today, options: DisplayOptions(ascii: ascii), size: TerminalSize(width: width, height: height))
  }

  /// A state showing `route` as if drilled down to it, at a size.
  static func state(showing route: Route, width: Int = 80, height: Int = 24, ascii: Bool = false) -> AppState {
    var state = state(ascii: ascii, width: width, height: height)
    let shown = state.show(route)
    #expect(shown, "cannot show \(route)")
    return state
  }

  static let sizes: [(width: Int, height: Int)] = [(80, 24), (120, 40), (200, 60)]
}

/// A screen as a user sees it: lines of text, printed with a ruler and row numbers when a test
/// fails so the failure reads like the screen itself.
struct Screen: CustomStringConvertible {
  let grid: CellGrid

  var lines: [String] { grid.lines }
  var text: String { grid.text }

  func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

  /// The first row that shows `text`.
  func row(of text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

  var description: String {
    let ruler = String((0..<grid.width).map { Character(String($0 % 10)) })
    let rows = lines.enumerated().map { index, line in
      let number = String(index)
      return String(repeating: " ", count: max(0, 3 - number.count)) + number + " |" + line
    }
    return (["    " + ruler] + rows).joined(separator: "\n")
  }
}

func render(_ state: AppState, _ width: Int, _ height: Int) -> Screen {
  Screen(grid: state.render(width: width, height: height))
}

/// Expects every text in `expected` somewhere on the screen, printing the screen when one is
/// missing.
func expectScreen(
  _ screen: Screen, shows expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let missing = expected.filter { !screen.contains($0) }
  #expect(missing.isEmpty, "missing \(missing) on screen:\n\(screen)", sourceLocation: sourceLocation)
}

/// Expects the screen's top rows to be exactly `expected` (trailing spaces ignored).
func expectScreen(
  _ screen: Screen, startsWith expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  let actual = Array(screen.lines.prefix(expected.count))
  #expect(
    actual == expected, "expected the screen to start with:\n\(expected.joined(separator: "\n"))\nactual:\n\(screen)",
    sourceLocation: sourceLocation)
}

/// Expects no line wider than the screen and no more lines than its height.
func expectFits(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(screen.lines.count == screen.grid.height, sourceLocation: sourceLocation)
  for (index, line) in screen.lines.enumerated() {
    #expect(
      DisplayWidth.of(line) <= screen.grid.width, "row \(index) is wider than \(screen.grid.width):\n\(screen)",
      sourceLocation: sourceLocation)
  }
}

/// Compares a screen with `Screens/<name>.txt`. With `ACCORD_RECORD=1`, or when the file is
/// missing, writes the file instead and fails, so a recording is never mistaken for a pass.
func expectGolden(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Screens")
  let file = directory.appendingPathComponent(name + ".txt")
  let actual = screen.text + "\n"
  let recording = ProcessInfo.processInfo.environment["ACCORD_RECORD"] == "1"
  guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded \(file.path); check it and run the tests again", sourceLocation: sourceLocation)
    return
  }
  #expect(
    actual == expected, "\(name) differs from \(file.lastPathComponent); actual:\n\(screen)",
    sourceLocation: sourceLocation)
}
