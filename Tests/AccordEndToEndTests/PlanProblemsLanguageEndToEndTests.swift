import AccordCore
import Foundation
import XCTest

/// A damaged plan file's problems in Lao and Khmer: `accord check` and the dashboard's refusal
/// to start say them in the reader's language after `FILE:LINE:COLUMN: `.
final class PlanProblemsLanguageEndToEndTests: XCTestCase {
  /// The bundled plan with an unknown key (a typo of `signed_at`), a missing `valid_until`, a day
  /// that does not exist and a body's id given twice.
  func damagedPlan() throws -> String {
    var text = PlanLoader.bundledText
    for (original, replacement) in [
      ("  signed_at: Vientiane\n", "  signed_att: Vientiane\n"),
      ("  valid_until: 2028-02-13\n", ""),
      ("  signed: 2023-02-13\n", "  signed: 2023-02-30\n"),
      ("  - id: la-na\n", "  - id: la-mofa\n"),
    ] {
      XCTAssertTrue(text.contains(original), original)
      text = text.replacingOccurrences(of: original, with: replacement)
    }
    return try written(text)
  }

  func written(_ text: String) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID()).yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: file) }
    return file.path
  }

  func check(_ file: String, _ language: [String]) throws -> (status: Int32, output: String, error: String) {
    try Subprocess.run(
      "/usr/bin/env",
      [
        "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8",
        try AccordBinary.path(),
      ]
        + ["check", file, "--today", "2026-11-24"] + language)
  }

  /// Each line is `FILE:LINE:COLUMN: ` and a sentence with no run of three English words once
  /// the text quoted from the file ('...') is left out.
  func assertWordedIn(_ lines: [Substring], file: String, _ language: String) {
    for line in lines {
      XCTAssertTrue(line.hasPrefix(file + ":"), "\(language): \(line)")
      let message = line.drop { $0 != " " }
      let unquoted = message.replacingOccurrences(of: "'[^']*'", with: "''", options: .regularExpression)
      XCTAssertEqual(LanguageOutputEndToEndTests.englishRuns(in: unquoted), [], "\(language): \(line)")
    }
  }

  func test_check_says_a_damaged_plans_problems_in_lao_and_khmer_after_file_line_column() throws {
    let file = try damagedPlan()
    let english = try check(file, [])
    XCTAssertEqual(english.status, 65)
    let englishLines = english.error.split(separator: "\n")
    XCTAssertTrue(
      english.error.contains("unknown key 'signed_att' in 'plan' (did you mean 'signed_at'?); expected 'title', "),
      english.error)
    XCTAssertTrue(english.error.contains("'plan' is missing 'valid_until'"), english.error)
    XCTAssertTrue(
      english.error.contains(
        "'signed' is not a real day: 2023-02-30 (month 2 of 2023 has 28 days, not 30); expected a day as YYYY-MM-DD"),
      english.error)
    XCTAssertTrue(english.error.contains("duplicate body id 'la-mofa' (first defined at line "), english.error)
    // English sentences are what the check below finds: it can fail.
    XCTAssertFalse(LanguageOutputEndToEndTests.englishRuns(in: english.error).isEmpty)

    for (language, words) in [
      (
        "lo",
        [
          "ຄີ 'signed_att' ທີ່ບໍ່ຮູ້ຈັກໃນ 'plan' (ໝາຍເຖິງ 'signed_at' ບໍ?); ຕ້ອງເປັນ 'title', ",
          "'plan' ຂາດ 'valid_until'", "'signed' ບໍ່ແມ່ນວັນທີທີ່ມີແທ້: 2023-02-30 (ເດືອນ 2 ຂອງປີ 2023 ມີ 28 ວັນ, ບໍ່ແມ່ນ 30)",
          "ລະຫັດອົງການ 'la-mofa' ຊ້ຳກັນ (ກຳນົດເທື່ອທຳອິດຢູ່ແຖວ ",
        ]
      ),
      ("km", ["'plan' ខ្វះ 'valid_until'", "លេខសម្គាល់ស្ថាប័ន 'la-mofa' ស្ទួន (កំណត់ដំបូងនៅបន្ទាត់ "]),
    ] {
      let result = try check(file, ["--lang", language])
      XCTAssertEqual(result.status, 65, language)
      XCTAssertEqual(result.output, "", language)
      let lines = result.error.split(separator: "\n")
      XCTAssertEqual(lines.count, englishLines.count, "\(language): the same problems\n\(result.error)")
      // The same places: only the sentences after them change.
      XCTAssertEqual(lines.map { $0.split(separator: " ")[0] }, englishLines.map { $0.split(separator: " ")[0] })
      for word in words { XCTAssertTrue(result.error.contains(word), "\(language): \(word)\n\(result.error)") }
      assertWordedIn(lines, file: file, language)
    }
  }

  /// libyaml's own description stays English inside a sentence of the reader's language.
  func test_a_yaml_syntax_error_is_framed_in_lao_and_khmer() throws {
    let file = try written("format: accord-plan/1\nplan: [title\n")
    let english = try check(file, [])
    XCTAssertEqual(english.status, 65)
    XCTAssertTrue(english.error.hasPrefix("\(file):3:1: YAML syntax: "), english.error)
    for (language, frame) in [("lo", "ໄວຍາກອນ YAML ບໍ່ຖືກ: "), ("km", "វាក្យសម្ពន្ធ YAML មិនត្រឹមត្រូវ៖ ")] {
      let result = try check(file, ["--lang", language])
      XCTAssertEqual(result.status, 65, language)
      XCTAssertEqual(
        result.error, english.error.replacingOccurrences(of: "YAML syntax: ", with: frame), "\(language)")
    }
  }

  /// The dashboard reads the plan before it touches the terminal: its refusal is in Lao, and
  /// the terminal is left as it was.
  func test_the_dashboard_refuses_a_damaged_plan_in_lao() throws {
    let file = try damagedPlan()
    let pane = try TmuxPane(["--data", file, "--lang", "lo", "--today", "2026-11-24"], width: 100, height: 30)
    defer { pane.stop() }
    XCTAssertEqual(try pane.exitStatus(), 65)
    let error = try pane.standardError()
    XCTAssertTrue(error.contains("\(file):"), error)
    XCTAssertTrue(error.contains("'plan' ຂາດ 'valid_until'"), error)
    XCTAssertTrue(error.contains("ລະຫັດອົງການ 'la-mofa' ຊ້ຳກັນ"), error)
    assertWordedIn(error.split(separator: "\n"), file: file, "lo")
    try pane.assertRestored()
  }

  /// A plan broken while the dashboard shows it in Lao: the bottom line says so in Lao, with the
  /// problem's sentence, over the last good data.
  func test_a_broken_edit_is_reported_in_lao_on_the_dashboard() throws {
    let file = try written(PlanLoader.bundledText)
    let pane = try TmuxPane(["--data", file, "--lang", "lo", "--today", "2026-11-24"], width: 120, height: 40)
    defer { pane.stop() }
    try pane.assertShows(["ກອງປະຊຸມຕໍ່ໄປ:"], "the overview in Lao")
    let broken = PlanLoader.bundledText.replacingOccurrences(of: "  valid_until: 2028-02-13\n", with: "")
    try broken.write(toFile: file, atomically: false, encoding: .utf8)
    let name = URL(fileURLWithPath: file).lastPathComponent
    try pane.assertShows(
      ["ໂຫຼດຄືນບໍ່ສຳເລັດ", "\(name):13:3: 'plan' ຂາດ 'valid_until'", "ກອງປະຊຸມຕໍ່ໄປ:"], "after a broken edit:")
  }

  /// `doctor` finds the journal's plan file damaged and says why in Lao.
  func test_doctor_names_a_damaged_plans_problems_in_lao() throws {
    let file = try damagedPlan()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("doctor-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
    let journal = directory + "/journal.sqlite"
    let environment = ["LANG=C.UTF-8", "TERM=xterm-256color", "HOME=\(directory)"]
    let made = try Subprocess.run("/usr/bin/env", environment + [try AccordBinary.path(), "journal", "init", journal])
    XCTAssertEqual(made.status, 0, made.error)
    let doctor = try Subprocess.run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "ACCORD_LANG"] + environment
        + [try AccordBinary.path(), "doctor", "--journal", journal, "--data", file, "--lang", "lo"])
    XCTAssertTrue(doctor.output.contains("\(file):13:3: 'plan' ຂາດ 'valid_until'"), doctor.output)
  }

  /// config.yaml's problems are read with the language already chosen (by --lang, ACCORD_LANG or
  /// the locale: a config that does not load names none), so they are worded in it too.
  func test_a_settings_files_problems_are_said_in_lao_and_khmer() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("accord-settings-\(UUID())").path
    try FileManager.default.createDirectory(atPath: home + "/accord", withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: home) }
    try "thme: light\n".write(toFile: home + "/accord/config.yaml", atomically: true, encoding: .utf8)
    let file = home + "/accord/config.yaml"
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
      try Subprocess.run(
        "/usr/bin/env",
        ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8", "XDG_CONFIG_HOME=\(home)"]
          + [try AccordBinary.path()] + arguments)
    }
    let english = try run(["render", "--color", "256", "--today", "2026-11-24"])
    XCTAssertEqual(english.status, 65)
    XCTAssertTrue(english.error.hasPrefix(file + ":1:1: unknown key 'thme'"), english.error)
    let lao = try run(["render", "--color", "256", "--today", "2026-11-24", "--lang", "lo"])
    XCTAssertEqual(lao.status, 65)
    XCTAssertTrue(lao.error.hasPrefix(file + ":1:1: "), lao.error)
    XCTAssertFalse(lao.error.contains("unknown key"), lao.error)
    assertWordedIn(lao.error.split(separator: "\n"), file: file, "lo")
    let khmer = try run(["doctor", "--lang", "km"])
    XCTAssertTrue(khmer.output.contains(file + ":1:1: "), khmer.output)
    XCTAssertFalse(khmer.output.contains("unknown key 'thme'"), khmer.output)
  }
}
