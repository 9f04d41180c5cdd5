import Foundation
import XCTest

/// Every example in the README is what the program prints (and docs/report-format.md's JSON
/// excerpt part of a real report): each fenced
/// block that starts with `$ accord` is run, command by command, in a folder holding a copy of
/// `docs/examples`, and its output compared with the text under the command. A line `...` stands
/// for any lines; `...` inside a line for any text.
final class DocumentedExamplesEndToEndTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-examples-\(UUID())")
    try FileManager.default.copyItem(at: Self.root.appendingPathComponent("docs/examples"), to: directory)
  }

  override func tearDown() { try? FileManager.default.removeItem(at: directory) }

  func test_the_readmes_examples_are_what_accord_prints() throws {
    try check("README.md")
  }

  /// The JSON excerpt is cut to one item a list: each of its values is in the real report.
  func test_the_json_excerpt_is_part_of_the_real_report() throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent("docs/report-format.md"), encoding: .utf8)
    let excerpt = try XCTUnwrap(
      text.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
    let file = directory.appendingPathComponent("excerpt.json")
    try excerpt.write(to: file, atomically: true, encoding: .utf8)
    let report = try Subprocess.run(
      try AccordBinary.path(), ["report", "--format", "json", "--today", "2026-11-24", "--pillar", "3"])
    XCTAssertEqual(report.status, 0, report.error)
    try report.output.write(to: directory.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    let verdict = try PythonCheck.run(
      """
      import json, sys
      excerpt = json.load(open(sys.argv[1]))
      actual = json.load(open(sys.argv[1].replace('excerpt.json', 'report.json')))
      def covers(e, a, where):
          if isinstance(e, dict):
              if not isinstance(a, dict): return [where]
              return [p for k in e for p in (covers(e[k], a[k], where + '.' + k) if k in a else [where + '.' + k + ' (missing)'])]
          if isinstance(e, list):
              return [p for i, x in enumerate(e) if all(covers(x, y, '') for y in a) for p in [where + '[%d]' % i]]
          if isinstance(e, str) and e.endswith(' ...'):
              return [] if isinstance(a, str) and a.startswith(e[:-4]) else [where]
          return [] if e == a else [where + ': %r, not %r' % (a, e)]
      print(covers(excerpt, actual, '$'))
      """, on: file.path)
    XCTAssertEqual(verdict, "[]\n", "values of the excerpt not in the report")
  }

  private func check(_ document: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(document), encoding: .utf8)
    let examples = DocumentedExample.all(in: text)
    XCTAssertFalse(examples.isEmpty, "\(document) has no example", file: file, line: line)
    let binary = try AccordBinary.path()
    let path = URL(fileURLWithPath: binary).deletingLastPathComponent().path + ":/usr/bin:/bin"
    for example in examples {
      var status: Int32 = 0
      for step in example.steps {
        // The status of the step before, for an example's `echo $?`.
        let script = "exec 2>&1; cd \(shellQuoted(directory.path)); (exit \(status)); \(step.command)"
        let run = try Subprocess.run("/usr/bin/env", ["PATH=\(path)", "/bin/sh", "-c", script])
        status = run.status
        // A CSV's or a calendar's "\r\n" is one Character, a line end as "\n" is.
        let actual = run.output.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
          .dropLast(run.output.last.map { $0 == "\n" || $0 == "\r\n" } == true || run.output.isEmpty ? 1 : 0)
        XCTAssertTrue(
          DocumentedExample.matches(step.expected[...], Array(actual)[...]),
          "\(document):\(example.line): `$ \(step.command)` prints\n\(run.output)\nnot\n\(step.expected.joined(separator: "\n"))",
          file: file, line: line)
      }
    }
  }
}

/// A fenced block of a document that starts with `$ accord`: commands, each with its output.
struct DocumentedExample {
  var line: Int
  var steps: [(command: String, expected: [String])] = []

  static func all(in text: String) -> [DocumentedExample] {
    var examples: [DocumentedExample] = []
    var current: DocumentedExample?
    var inFence = false
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("```") {
        if let done = current { examples.append(done) }
        current = nil
        inFence.toggle()
        continue
      }
      guard inFence else { continue }
      if line.hasPrefix("$ ") {
        if current == nil {
          guard line.hasPrefix("$ accord") else {
            inFence = true
            continue
          }
          current = DocumentedExample(line: number + 1)
        }
        current?.steps.append((String(line.dropFirst(2)), []))
      } else if var example = current {
        example.steps[example.steps.count - 1].expected.append(String(line))
        current = example
      }
    }
    return examples
  }

  /// Whether `actual` is `expected`, a line `...` standing for any lines, `...` in a line for any text.
  static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
    guard let first = expected.first else { return actual.isEmpty }
    if first == "..." {
      return (actual.startIndex...actual.endIndex).contains { matches(expected.dropFirst(), actual[$0...]) }
    }
    guard let line = actual.first, lineMatches(first, line) else { return false }
    return matches(expected.dropFirst(), actual.dropFirst())
  }

  static func lineMatches(_ expected: String, _ actual: String) -> Bool {
    let actual = actual.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    let parts = expected.components(separatedBy: "...")
    guard parts.count > 1 else { return expected == actual }
    guard actual.count >= parts[0].count + parts[parts.count - 1].count,
      actual.hasPrefix(parts[0]), actual.hasSuffix(parts[parts.count - 1])
    else { return false }
    var rest = actual.dropFirst(parts[0].count).dropLast(parts[parts.count - 1].count)
    for part in parts.dropFirst().dropLast() {
      guard let found = rest.range(of: part) else { return false }
      rest = rest[found.upperBound...]
    }
    return true
  }
}
