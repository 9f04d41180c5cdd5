import AccordText
import AccordUI
import Foundation
import XCTest

/// accord(1) as `make install` makes it (scripts/manual.py on the binary) and as man shows it,
/// and the `--help` text of every command.
final class ManualEndToEndTests: XCTestCase {
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
    .standardized

  /// The page made from the binary under test, rendered by `man -l` at 80 columns.
  func renderedManual() throws -> (page: String, warnings: String) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID()).1").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let made = try Subprocess.run(
      repository.appendingPathComponent("scripts/manual.py").path, [try AccordBinary.path()])
    XCTAssertEqual(made.status, 0, made.error)
    try made.output.write(toFile: file, atomically: true, encoding: .utf8)
    let shown = try Subprocess.run(
      "/usr/bin/env", ["MANWIDTH=80", "LANG=C.UTF-8", "MAN_KEEP_STDERR=1", "man", "--warnings", "-l", file])
    XCTAssertEqual(shown.status, 0, shown.error)
    return (shown.output, shown.error)
  }

  func test_the_manual_has_keys_environment_files_exit_status_and_see_also_and_man_warns_of_nothing() throws {
    let (page, warnings) = try renderedManual()
    XCTAssertEqual(warnings, "", "man's warnings")
    let headings = page.split(separator: "\n").filter { $0.first?.isUppercase == true }.map(String.init)
    for section in [
      "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS", "SEE ALSO",
    ] {
      XCTAssertTrue(headings.contains(section), "no section \(section) in \(headings)")
    }
    let exitStatus =
      page.components(separatedBy: "\nEXIT STATUS\n").last?.components(separatedBy: "\nSEE ALSO\n").first ?? ""
    for status in ["0", "1", "64", "65", "74"] {
      let listed = exitStatus.split(separator: "\n").contains {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix(status + " ")
      }
      XCTAssertTrue(listed, "EXIT STATUS lacks \(status): \(exitStatus)")
    }
    for text in ["ACCORD_JOURNAL", "NO_COLOR", "config.yaml", "journal.sqlite", "accord doctor", "--include-tentative"]
    {
      XCTAssertTrue(page.contains(text), "the manual lacks \(text)")
    }
  }

  /// The KEYS section is the dashboard's key map: every key of the overview's help is there.
  func test_the_manuals_keys_are_the_dashboards() throws {
    let page = try renderedManual().page
    let keys = try XCTUnwrap(page.range(of: "\nKEYS\n")).upperBound
    let section = page[keys...].components(separatedBy: "\nENVIRONMENT\n")[0]
    for binding in KeyMap.bindings(for: .overview) {
      XCTAssertTrue(section.contains(binding.label), "KEYS lacks \(binding.label)")
      XCTAssertTrue(section.contains(binding.description), "KEYS lacks \(binding.description)")
    }
  }

  /// ArgumentParser wraps each option's help under its description column, and the top
  /// level's list of the dashboard's options is wrapped with the discussion: no line of an
  /// option's text may fall back to column 0 (`--journal`'s did).
  func test_no_help_line_of_an_option_starts_in_column_0() throws {
    for command in [
      [], ["dashboard"], ["check"], ["render"], ["report"], ["calendar"], ["update"], ["history"], ["export"],
      ["doctor"],
    ] {
      let help = try Subprocess.run("/usr/bin/env", ["COLUMNS=80", try AccordBinary.path()] + command + ["--help"])
        .output
      var inOption = false
      var options = 0
      for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("  -") {
          inOption = true
          options += 1
        } else if line.isEmpty {
          inOption = false
        } else if inOption {
          XCTAssertTrue(line.hasPrefix(" "), "accord \(command.joined()) --help: \(line)")
        }
      }
      XCTAssertGreaterThan(options, 1, "accord \(command.joined()) --help: \(help)")
    }
  }
}
