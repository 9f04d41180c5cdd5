import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Plans, themes and settings written by someone hostile: escape sequences (ESC, BEL, the C1
/// CSI U+009B, OSC 0 title, OSC 8 link, OSC 52 clipboard, CSI 2J clear) in every field, key,
/// value and id. No output of any command, on standard output or error, may carry one.
final class HostileTextEndToEndTests: XCTestCase {
  /// Every kind of sequence at once, as YAML double-quoted escapes.
  static let yamlPayload = #"\e]0;pwned\a\e]8;;http://x\e\\link\e]8;;\e\\\e]52;c;aGk=\a\e[2J\x9b2J\a"#
  /// The same as raw characters, for theme files and file names.
  static let rawPayload =
    "\u{1B}]0;pwned\u{07}\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\u{9B}2J\u{07}"

  private var directory: URL!
  private var accord: String!

  override func setUpWithError() throws {
    accord = try AccordBinary.path()
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-hostile-\(UUID())")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("config/accord/themes"), withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(at: directory)
  }

  func test_a_valid_plan_with_escapes_in_every_field_is_checked_and_rendered_clean() throws {
    let plan = try write("evil.yaml", Self.validPlan)
    let check = try run(["check", plan, "--today", "2026-11-24"])
    XCTAssertEqual(check.status, 0, check.errorText)
    XCTAssertTrue(check.outputText.hasPrefix("ok: 1 pillar, 1 sector, 1 commitment"), check.outputText)
    assertClean(check)

    let screens = [
      "overview", "timeline", "pillar 1", "sector 9\u{1B}]52;c;aGk=\u{07}", "commitment 9\u{1B}]52;c;aGk=\u{07}.1",
      "meeting m\u{1B}]52;c;aGk=\u{07}",
    ]
    for screen in screens {
      for extra in [[], ["--ascii"], ["--size", "200x60"]] {
        let render = try run(["render", "--data", plan, "--today", "2026-11-24", "--screen", screen] + extra)
        XCTAssertEqual(render.status, 0, "\(screen.debugDescription): \(render.errorText)")
        XCTAssertTrue(
          render.outputText.contains("\u{FFFD}") || extra == ["--ascii"], "\(screen.debugDescription) shows the data")
        assertClean(render, screen.debugDescription)
      }
    }
    // Colours are accord's own escapes (SGR only); the data's are not among them.
    let coloured = try run(
      ["render", "--data", plan, "--today", "2026-11-24", "--color", "256", "--screen", "timeline"],
      environment: ["NO_COLOR="])
    XCTAssertEqual(coloured.status, 0, coloured.errorText)
    assertClean(coloured.withoutColours, "render --color")

    // A bad --screen lists the plan's ids in its message.
    for screen in ["meeting nope", "sector nope", "pillar nope", "commitment nope"] {
      let refused = try run(["render", "--data", plan, "--screen", screen])
      XCTAssertEqual(refused.status, 64, screen)
      assertClean(refused, screen)
    }
    let meetingError = try run(["render", "--data", plan, "--screen", "meeting nope"])
    XCTAssertTrue(meetingError.errorText.contains("m\u{FFFD}]52;c;aGk=\u{FFFD}"), meetingError.errorText)
  }

  func test_errors_quoting_hostile_keys_values_and_ids_are_clean_and_short() throws {
    let huge = String(repeating: "x\\e[2J", count: 20_000)
    let plan = try write("broken.yaml", Self.brokenPlan(hugeValue: huge))
    for arguments in [["check", plan], ["--data", plan], ["render", "--data", plan]] {
      let result = try run(arguments)
      XCTAssertEqual(result.status, 65, "\(arguments): \(result.errorText)")
      XCTAssertTrue(result.errorText.contains("unknown key '\u{FFFD}]0;pwned\u{FFFD}"), result.errorText)
      XCTAssertLessThan(result.error.count, 10_000, "a 120 KB value is quoted in short")
      assertClean(result, arguments.joined(separator: " "))
    }
  }

  func test_themes_and_settings_with_escapes_are_listed_and_refused_clean() throws {
    let themes = "config/accord/themes/"
    try write(
      themes + "evil.theme", "name = \"\(Self.rawPayload)\"\ndescription = \u{9B}2J \(Self.rawPayload)\ntext = green\n")
    let fileName = Self.rawPayload.replacingOccurrences(of: "/", with: "")
    try write(themes + "e\(fileName)vil.theme", "name = Evil file name\n")
    try write(
      themes + "broken.theme",
      "name = B\n\(Self.rawPayload) = red\ntext = \(Self.rawPayload)\nborder = red \(Self.rawPayload)\n")
    let config = ["XDG_CONFIG_HOME=" + directory.appendingPathComponent("config").path]

    let list = try run(["themes"], environment: config)
    XCTAssertEqual(list.status, 0, list.errorText)
    XCTAssertTrue(list.outputText.contains("broken: "), list.outputText)
    XCTAssertTrue(list.outputText.contains("\u{FFFD}]0;pwned"), list.outputText)
    assertClean(list, "themes")

    // render reads a theme only for --color.
    let colour = ["render", "--color", "256"]
    for arguments in [
      colour + ["--theme", "evil"], colour + ["--theme", "broken"], ["--theme", "broken"],
      colour + ["--theme", "no\(Self.rawPayload)"],
    ] {
      let result = try run(arguments + ["--today", "2026-11-24"], environment: config)
      assertClean(result.withoutColours, arguments.joined(separator: " "))
    }
    let broken = try run(colour + ["--theme", "broken"], environment: config)
    XCTAssertEqual(broken.status, 65)
    XCTAssertEqual(broken.errorText.split(separator: "\n").count, 3, broken.errorText)

    for settings in [
      "theme: \"\(Self.yamlPayload)\"\n", "\"col\(Self.yamlPayload)our\": red\n", "theme: [\"\(Self.yamlPayload)\"]\n",
    ] {
      try write("config/accord/config.yaml", settings)
      for arguments in [colour, ["dashboard"]] {
        let result = try run(arguments, environment: config)
        XCTAssertEqual(result.status, 65, "\(settings.debugDescription): \(result.errorText)")
        assertClean(result, "config.yaml \(settings.debugDescription)")
      }
    }
  }

  func test_a_hostile_TERM_is_refused_clean() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], environment: ["TERM=x\(Self.rawPayload)"])
    defer { pane.stop() }
    XCTAssertEqual(try pane.exitStatus(), 1)
    let error = try pane.standardError()
    XCTAssertTrue(error.contains("TERM="), error)
    assertClean(Data(error.utf8), "TERM")
  }

  // MARK: Helpers

  private struct Output {
    var status: Int32
    var output: Data
    var error: Data
    var outputText: String { String(decoding: output, as: UTF8.self) }
    var errorText: String { String(decoding: error, as: UTF8.self) }
    /// Standard output without accord's own colours (SGR sequences), for `--color`.
    var withoutColours: Output {
      let text = outputText.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      return Output(status: status, output: Data(text.utf8), error: error)
    }
  }

  /// accord with `arguments`, without a terminal, and both outputs as bytes.
  private func run(_ arguments: [String], environment: [String] = []) throws -> Output {
    let base = directory.appendingPathComponent("run-\(UUID())").path
    let pid = try Subprocess.spawn(
      "/usr/bin/env", environment + [accord] + arguments, output: base + ".out", errorOutput: base + ".err")
    guard let status = Subprocess.wait(pid, seconds: 30) else {
      Subprocess.terminate(pid)
      throw HarnessFailure("accord \(arguments) did not end within 30 s")
    }
    return Output(
      status: status, output: FileManager.default.contents(atPath: base + ".out") ?? Data(),
      error: FileManager.default.contents(atPath: base + ".err") ?? Data())
  }

  private func assertClean(_ result: Output, _ context: String = "", file: StaticString = #filePath, line: UInt = #line)
  {
    assertClean(result.output, "stdout \(context)", file: file, line: line)
    assertClean(result.error, "stderr \(context)", file: file, line: line)
  }

  /// No ESC, no BEL, no other C0 control but the line feed, no C1 control, as bytes and as
  /// UTF-8.
  private func assertClean(_ bytes: Data, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(bytes.contains(0x1B), "ESC in \(context)", file: file, line: line)
    XCTAssertFalse(bytes.contains(0x07), "BEL in \(context)", file: file, line: line)
    let controls = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
    XCTAssertTrue(
      controls.isEmpty, "control characters \(controls.map { String($0.value, radix: 16) }) in \(context)", file: file,
      line: line)
  }

  @discardableResult
  private func write(_ name: String, _ text: String) throws -> String {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: false, encoding: .utf8)
    return url.path
  }

  static let validPlan = """
    format: accord-plan/1
    plan:
      title: "T\(yamlPayload)"
      short_title: "S\(yamlPayload)"
      parties: ["A\(yamlPayload)", "B\(yamlPayload)"]
      signed: 2023-02-13
      signed_at: "V\(yamlPayload)"
      period: {start: 2023-01-01, end: 2027-12-31}
      valid_until: 2028-02-13
    pillars:
      - id: "P\(yamlPayload)"
        name: "N\(yamlPayload)"
        sectors:
          - id: "9\\e]52;c;aGk=\\a"
            name: "Sector\(yamlPayload)"
            commitments:
              - id: "9\\e]52;c;aGk=\\a.1"
                kind: deliverable
                target: 2024
                status: done
                text: "Text\(yamlPayload) and more words to wrap \(yamlPayload)"
                also_named: ["Ag\(yamlPayload)"]
                evidence:
                  - date: 2024-12-04
                    status: done
                    summary: "Sum\(yamlPayload)"
                    source: "Src\(yamlPayload)"
    meetings:
      - id: "m\\e]52;c;aGk=\\a"
        title: "Meet\(yamlPayload)"
        type: joint-commission
        date: 2026-12-01
        place: "Pl\(yamlPayload)"
        status: planned
        sectors: ["9\\e]52;c;aGk=\\a"]
        commitments: ["9\\e]52;c;aGk=\\a.1"]
        note: "Note\(yamlPayload)"
        source: "Src\(yamlPayload)"

    """

  static func brokenPlan(hugeValue: String) -> String {
    """
    format: "accord-plan/1\(yamlPayload)"
    plan:
      title: T
      "\(yamlPayload)": x
      signed: "2023-02-30\(yamlPayload)"
      period: {start: 2023-01-01, end: "2027\(yamlPayload)"}
      valid_until: 2028-02-13
    pillars:
      - id: I
        name: P
        sectors:
          - id: "1"
            name: S
            commitments:
              - id: "2\(yamlPayload).1"
                kind: "deliv\(yamlPayload)"
                status: "done\(yamlPayload)\(hugeValue)"
                text: x
    meetings:
      - id: "m\(yamlPayload)"
        title: M
        type: "jc\(yamlPayload)"
        status: planned
        sectors: ["nope\(yamlPayload)"]
        commitments: ["no\(yamlPayload)"]
        source: s
      - id: "m\(yamlPayload)"
        title: M
        type: visit
        status: held
        source: s

    """
  }
}
