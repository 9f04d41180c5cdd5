import AccordText
import AccordUI
import XCTest

/// `accord check` and `accord render` as a user runs them: exit statuses, messages, limits.
final class CommandLineEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  func test_check_finds_the_bundled_plan_and_summarises_it() throws {
    let result = try Subprocess.run(try accord, ["check", "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(
      result.output,
      "ok: 5 pillars, 29 sectors, 140 commitments, 68 meetings, 24 with evidence, 4 overdue, 15 meetings with no report on 2026-11-24\n"
    )
  }

  func test_a_copied_binary_run_from_elsewhere_still_has_the_plan_and_themes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-copy-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let copy = directory.appendingPathComponent("accord")
    try FileManager.default.copyItem(atPath: try accord, toPath: copy.path)
    // From / : nothing of the repository is reachable by a relative path.
    let result = try Subprocess.run(
      "/bin/sh", ["-c", "cd / && \(shellQuoted(copy.path)) check && \(shellQuoted(copy.path)) themes"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(result.output.hasPrefix("ok: 5 pillars, 29 sectors, 140 commitments"), result.output)
    XCTAssertTrue(result.output.contains("high-contrast"), result.output)
  }

  func test_check_reports_every_problem_with_its_place_and_exits_65() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    try
      "format: accord-plan/1\nplan:\n  title: T\n  signed: 2023-02-30\n  period: {start: 2023-01-01, end: 2027-12-31}\n  valid_until: 2028-02-13\n  colour: red\npillars: []\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try Subprocess.run(try accord, ["check", file.path])
    XCTAssertEqual(result.status, 65)
    let lines = result.error.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2, result.error)
    XCTAssertTrue(lines[0].hasPrefix("\(file.path):4:11: 'signed' is not a real day: 2023-02-30"), lines[0])
    XCTAssertTrue(lines[1].hasPrefix("\(file.path):7:3: unknown key 'colour' in 'plan'"), lines[1])
  }

  func test_check_names_a_missing_file_in_one_line() throws {
    let result = try Subprocess.run(try accord, ["check", "/nonexistent/plan.yaml"])
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(result.error, "/nonexistent/plan.yaml: no such file\n")
  }

  func test_render_keeps_within_the_size_asked() throws {
    for (size, screen) in [
      ("60x20", "sector 16"), ("80x24", "overview"), ("200x60", "timeline"), ("20x6", "commitment 16.3"),
    ] {
      let result = try Subprocess.run(
        try accord, ["render", "--size", size, "--screen", screen, "--today", "2026-11-24"])
      XCTAssertEqual(result.status, 0, result.error)
      let parts = size.split(separator: "x").compactMap { Int($0) }
      let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      XCTAssertLessThanOrEqual(lines.count, parts[1], "\(screen) at \(size)")
      for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), parts[0], "\(screen) at \(size): \(line)") }
    }
  }

  func test_render_refuses_an_unknown_screen_as_a_usage_error() throws {
    let result = try Subprocess.run(try accord, ["render", "--screen", "sector 99"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.error.contains("no sector '99'"), result.error)
  }

  func test_a_language_accord_does_not_speak_is_a_usage_error_naming_where_it_was_asked() throws {
    let option = try Subprocess.run(try accord, ["render", "--today", "2026-11-24", "--lang", "fr"])
    XCTAssertEqual(option.status, 64)
    XCTAssertEqual(option.error, "accord: --lang: no language \"fr\"; accord speaks en, lo, km\n")
    let environment = try Subprocess.run(
      "/usr/bin/env", ["ACCORD_LANG=th", try accord, "render", "--today", "2026-11-24"])
    XCTAssertEqual(environment.status, 64)
    XCTAssertTrue(environment.error.hasPrefix("accord: ACCORD_LANG: no language \"th\""), environment.error)
    // A locale accord has no catalog for is English, not an error.
    let locale = try Subprocess.run(
      "/usr/bin/env", ["LANG=fr_FR.UTF-8", try accord, "render", "--today", "2026-11-24"])
    XCTAssertEqual(locale.status, 0, locale.error)
  }

  func test_render_sends_no_escape_sequence_unless_asked() throws {
    let plain = try Subprocess.run(try accord, ["render", "--today", "2026-11-24"])
    XCTAssertFalse(plain.output.contains("\u{1B}"))
    // The test runner may itself set NO_COLOR, which accord would honour.
    let coloured = try Subprocess.run(
      "/usr/bin/env",
      ["-u", "NO_COLOR", try accord, "render", "--today", "2026-11-24", "--color", "256", "--theme", "light"])
    XCTAssertTrue(coloured.output.contains("38;5;"), String(coloured.output.prefix(200)))
    let refused = try Subprocess.run(
      "/usr/bin/env",
      ["NO_COLOR=1", try accord, "render", "--today", "2026-11-24", "--color", "256", "--theme", "light"])
    XCTAssertFalse(refused.output.contains("38;5;"), "NO_COLOR is honoured by render too")
  }
}
