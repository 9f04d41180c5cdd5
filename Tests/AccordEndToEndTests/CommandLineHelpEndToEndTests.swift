import Foundation
import XCTest

/// The command line as a new user tries it: --version, --help, a misspelt command, options
/// before the command, errors without usage noise, the settings file, and `make install`.
final class CommandLineHelpEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
    .standardized

  func test_version_names_the_plan_format_the_bundled_plan_is_written_in() throws {
    let result = try Subprocess.run(try accord, ["--version"])
    XCTAssertEqual(result.status, 0)
    let sample = try String(
      contentsOf: repository.appendingPathComponent("sample-data/lao-cambodia-2023-2027.yaml"), encoding: .utf8)
    let format = try XCTUnwrap(sample.split(separator: "\n").first { $0.hasPrefix("format: ") }).dropFirst(
      "format: ".count)
    XCTAssertTrue(result.output.hasPrefix("accord "), result.output)
    XCTAssertTrue(result.output.hasSuffix(" (reads plan format \(format))\n"), result.output)
  }

  func test_help_shows_the_dashboards_options_and_every_command() throws {
    let help = try Subprocess.run(try accord, ["--help"]).output
    let dashboard = try Subprocess.run(try accord, ["dashboard", "--help"]).output
    // The first word of each line of its OPTIONS list.
    let options = Set(
      dashboard.split(separator: "\n").compactMap { line in
        line.hasPrefix("  --") ? line.split(separator: " ").first.map(String.init) : nil
      }.filter { $0 != "--help" })
    XCTAssertGreaterThanOrEqual(options.count, 8, "\(options)")
    for option in options { XCTAssertTrue(help.contains(option), "accord --help lacks \(option)") }
    for command in ["dashboard", "check", "render", "report", "calendar", "themes"] {
      XCTAssertTrue(help.contains("\n  \(command) "), "accord --help lacks \(command)")
    }
  }

  func test_a_misspelt_command_gets_a_suggestion_not_the_dashboards_usage() throws {
    let result = try Subprocess.run(try accord, ["chek"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.error.hasPrefix("accord: unknown command 'chek' (did you mean 'check'?)"), result.error)
    XCTAssertFalse(result.error.contains("Usage:"), result.error)
    XCTAssertEqual(result.output, "")
  }

  func test_plan_options_may_come_before_the_command() throws {
    let check = try Subprocess.run(try accord, ["--today", "2030-01-01", "check"])
    XCTAssertEqual(check.status, 0, check.error)
    XCTAssertTrue(check.output.hasSuffix("with no report on 2030-01-01\n"), check.output)
    let plan = repository.appendingPathComponent("Tests/AccordEndToEndTests/Fixtures/mixed-scripts-plan.yaml").path
    let report = try Subprocess.run(try accord, ["--data", plan, "--today=2026-11-24", "report"])
    XCTAssertEqual(report.status, 0, report.error)
    XCTAssertTrue(report.output.hasPrefix("# A-B Test Plan: briefing as of 2026-11-24\n"), report.output)
    // The language too: before the command's name it was taken for the dashboard's option.
    let before = try Subprocess.run(try accord, ["--lang", "lo", "--today", "2030-01-01", "check"])
    let after = try Subprocess.run(try accord, ["check", "--lang", "lo", "--today", "2030-01-01"])
    XCTAssertEqual(before.status, 0, before.error)
    XCTAssertEqual(before.output, after.output)
    XCTAssertTrue(before.output.unicodeScalars.contains { (0x0E80...0x0EFF).contains($0.value) }, before.output)
  }

  func test_renders_data_errors_and_help_carry_no_usage_noise() throws {
    let missing = try Subprocess.run(try accord, ["render", "--screen", "commitment 99.9"])
    XCTAssertEqual(missing.status, 64)
    XCTAssertTrue(missing.error.hasPrefix("accord: no commitment '99.9'"), missing.error)
    XCTAssertFalse(missing.error.contains("Usage:"), missing.error)
    let help = try Subprocess.run(try accord, ["render", "--help"]).output
    XCTAssertEqual(help.components(separatedBy: "default: overview").count, 2, help)
    XCTAssertTrue(
      help.contains("no line wider than the width, at most as many lines as the height."),
      "one paragraph, wrapped by the help printer: \(help)")
  }

  /// A settings directory holding `config.yaml` with `text`.
  func settings(_ text: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-config-\(UUID())")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("accord"), withIntermediateDirectories: true)
    try text.write(to: directory.appendingPathComponent("accord/config.yaml"), atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory.path
  }

  func test_a_typo_in_the_settings_names_the_file_and_stops_only_what_needs_a_theme() throws {
    let typo = try settings("thme: light\n")
    for command in [["check"], ["render", "--today", "2026-11-24"], ["report", "--today", "2026-11-24"]] {
      let result = try Subprocess.run("/usr/bin/env", ["XDG_CONFIG_HOME=\(typo)", try accord] + command)
      XCTAssertEqual(result.status, 0, "\(command): \(result.error)")
    }
    let coloured = try Subprocess.run(
      "/usr/bin/env", ["XDG_CONFIG_HOME=\(typo)", try accord, "render", "--color", "256"])
    XCTAssertEqual(coloured.status, 65)
    XCTAssertTrue(coloured.error.hasPrefix("\(typo)/accord/config.yaml:1:1: unknown key 'thme'"), coloured.error)
    let unknown = try settings("theme: lihgt\n")
    let named = try Subprocess.run(
      "/usr/bin/env", ["XDG_CONFIG_HOME=\(unknown)", try accord, "render", "--color", "256"])
    XCTAssertEqual(named.status, 65)
    XCTAssertTrue(named.error.hasPrefix("\(unknown)/accord/config.yaml: theme: lihgt: no such theme"), named.error)
  }

  /// `make install-files` is what `make install` runs after building the release binary and
  /// the man page: here with the binary under test and its man page, staged under DESTDIR with
  /// a PREFIX. The binaries go in stripped, their debug information beside them in lib/debug.
  func test_make_install_honours_destdir_and_prefix_and_installs_completions_and_the_man_page() throws {
    let stage = FileManager.default.temporaryDirectory.appendingPathComponent("accord-stage-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: stage) }
    try FileManager.default.createDirectory(atPath: stage, withIntermediateDirectories: true)
    let manual = stage + "/accord.1"
    try Subprocess.check(
      "/bin/sh",
      ["-c", "\"$0\" \"$1\" > \"$2\"", repository.appendingPathComponent("scripts/manual.py").path, try accord, manual])
    try Subprocess.check(
      "/usr/bin/env",
      [
        "make", "-s", "-C", repository.path, "install-files", "ACCORD=\(try accord)", "MANPAGE=\(manual)",
        "DESTDIR=\(stage)", "PREFIX=/opt/accord",
      ])
    let root = stage + "/opt/accord"
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root + "/bin/accord"))
    let version = try Subprocess.run(root + "/bin/accord", ["--version"])
    XCTAssertTrue(version.output.hasPrefix("accord "), version.output)
    // Stripped, and pointing at its debug information, which has what a debugger needs.
    let sections = try Subprocess.check("/usr/bin/readelf", ["-S", "-W", root + "/bin/accord"])
    XCTAssertFalse(sections.contains(".debug_info") || sections.contains(".symtab"), "not stripped: \(sections)")
    XCTAssertTrue(sections.contains(".gnu_debuglink"), sections)
    let debug = root + "/lib/debug/opt/accord/bin/accord.debug"
    XCTAssertTrue(try Subprocess.check("/usr/bin/readelf", ["-S", "-W", debug]).contains(".debug_info"), debug)
    // The link: the debug file's name, NUL, then a CRC (bytes, not text).
    let link = stage + "/debuglink"
    try Subprocess.check(
      "/usr/bin/objcopy", ["--dump-section", ".gnu_debuglink=\(link)", root + "/bin/accord", stage + "/scratch"])
    let name = try Data(contentsOf: URL(fileURLWithPath: link)).prefix { $0 != 0 }
    XCTAssertEqual(String(decoding: name, as: UTF8.self), "accord.debug")
    let size = { (path: String) in (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
    XCTAssertLessThan(try size(root + "/bin/accord"), try size(try accord))
    // The PostgreSQL client beside accord, where accord looks for it, stripped the same way.
    let client = root + "/bin/accord-postgres"
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: client), "no \(client)")
    XCTAssertFalse(try Subprocess.check("/usr/bin/readelf", ["-S", "-W", client]).contains(".symtab"), "not stripped")
    XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/lib/debug/opt/accord/bin/accord-postgres.debug"))
    let bash = try String(contentsOfFile: root + "/share/bash-completion/completions/accord", encoding: .utf8)
    XCTAssertTrue(
      bash.contains("complete ") && bash.contains("report") && bash.contains("--include-tentative"),
      String(bash.prefix(300)))
    let zsh = try String(contentsOfFile: root + "/share/zsh/site-functions/_accord", encoding: .utf8)
    XCTAssertTrue(zsh.hasPrefix("#compdef accord"), String(zsh.prefix(100)))
    let fish = try String(contentsOfFile: root + "/share/fish/vendor_completions.d/accord.fish", encoding: .utf8)
    XCTAssertTrue(fish.contains("complete -c 'accord'") && fish.contains("'report'"), String(fish.prefix(300)))
    // The man page as man shows it: its name, synopsis and every command's options.
    let page = try Subprocess.run("/usr/bin/env", ["MANWIDTH=80", "man", "-l", root + "/share/man/man1/accord.1"])
    XCTAssertEqual(page.status, 0, page.error)
    for expected in [
      "ACCORD(1)", "NAME", "accord — A terminal dashboard", "SYNOPSIS", "report", "--include-tentative", "--since date",
    ] {
      XCTAssertTrue(page.output.contains(expected), "man page lacks \(expected)")
    }
  }
}
