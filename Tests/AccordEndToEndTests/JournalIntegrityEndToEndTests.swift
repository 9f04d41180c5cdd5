import Foundation
import GRDB
import XCTest

/// What the journal refuses and what it survives (issue 20): rows no accord wrote, corrections
/// across targets, dates from the wrong century, other programs' databases, mistyped paths.
final class JournalIntegrityEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  private var pane: TmuxPane?

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-integrity-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    pane?.stop()
    try? FileManager.default.removeItem(at: directory)
  }

  @discardableResult
  private func update(_ id: String, _ arguments: [String], journal: String? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Subprocess.run(
      try accord,
      ["update", id, "--source", "MOFA", "--today", "2026-11-24", "--journal", journal ?? self.journal] + arguments)
  }

  private func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    try Subprocess.run(try accord, arguments + ["--journal", journal])
  }

  /// Rows as `sqlite3` could insert them: foreign keys off, any type in any column.
  private func insertRaw(_ sql: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let database = try DatabaseQueue(path: journal, configuration: configuration)
    try database.write { try $0.execute(sql: sql) }
    try database.close()
  }

  private static let columns =
    "target_kind, target_id, status, date, note, source, confidence, corrects, author, recorded_at"

  // MARK: Item 4: one bad row never stops a reader

  func test_rows_no_accord_wrote_are_named_once_and_left_out_by_every_reader() throws {
    XCTAssertEqual(try update("1.1", ["--status", "continuous", "--date", "2026-11-01"]).status, 0)
    try insertRaw(
      """
      INSERT INTO "update" (\(Self.columns)) VALUES ('commitment', '1.2', 'done', '2026-11-02', X'FF00FE', 'S', 'confirmed', NULL, 'x', '2026-11-02T00:00:00Z');
      INSERT INTO "update" (\(Self.columns)) VALUES ('commitment', '1.2', 'done', '2026-11-02', 'n', 'S', 'confirmed', 'abc', 'x', '2026-11-02T00:00:00Z');
      INSERT INTO "update" (\(Self.columns)) VALUES ('commitment', '1.2', 'done', '2026-11-02', 'n', 'S', 'confirmed', 1e20, 'x', '2026-11-02T00:00:00Z');
      """)
    let warnings = [
      "accord: warning: \(journal): update #2 cannot be read (its note is a blob, not text); it is left out",
      "accord: warning: \(journal): update #3 cannot be read (its corrects is text, not the number of an update); it is left out",
      "accord: warning: \(journal): update #4 cannot be read (its corrects is a real number, not the number of an update); it is left out",
    ]
    let history = try run(["history"])
    XCTAssertEqual(history.status, 0, history.error)
    XCTAssertEqual(history.output.split(separator: "\n").count, 1, history.output)
    XCTAssertTrue(history.output.hasPrefix("#1  2026-11-01  1.1  continuous"), history.output)
    XCTAssertEqual(history.error.split(separator: "\n").map(String.init), warnings)
    for command in [
      ["check", "--today", "2026-11-24"], ["export"], ["render", "--size", "80x24", "--today", "2026-11-24"],
    ] {
      let result = try run(command)
      XCTAssertEqual(result.status, 0, "\(command): \(result.error)")
      XCTAssertEqual(
        result.error.split(separator: "\n").filter { $0.hasPrefix("accord: warning: ") }.map(String.init), warnings,
        "\(command)")
    }
    let check = try run(["journal", "check"])
    XCTAssertEqual(check.status, 65, check.error)
    XCTAssertEqual(
      check.output, "damaged: \(journal): 1 update, 3 unreadable rows (left out everywhere), integrity ok\n")

    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal], width: 160)
    self.pane = pane
    try pane.assertShows([
      "Political", "journal.sqlite: left out unreadable 3 rows, first #2 (its note is a blob, not text)",
    ])
    try pane.send("1")
    try pane.assertShows(["I Political"], "the dashboard stays up and answers keys")
  }

  // MARK: Item 3: a correction names an update of the same target

  func test_a_correction_of_another_targets_update_is_refused_and_the_journal_left_as_it_was() throws {
    XCTAssertEqual(try update("jc-16", ["--status", "held", "--date", "2026-11-20"]).status, 0)
    let crossing = try update("1.1", ["--status", "done", "--corrects", "1"])
    XCTAssertEqual(crossing.status, 65, crossing.output)
    XCTAssertEqual(
      crossing.error,
      "accord: update #1 is about meeting jc-16, not 1.1: a correction names an update of 1.1 or its milestones\n")
    XCTAssertEqual(try run(["history"]).output.split(separator: "\n").count, 1)
    let export = try run(["export"])
    XCTAssertTrue(export.output.contains("journal_update: 1"), "jc-16's report stays")

    XCTAssertEqual(try update("8.4a", ["--status", "done", "--date", "2026-11-02"]).status, 0)
    let ofItsMilestone = try update("8.4", ["--status", "in-progress", "--corrects", "2"])
    XCTAssertEqual(
      ofItsMilestone.status, 0, "a commitment's update corrects one of its milestone's: \(ofItsMilestone.error)")
    let ofTheCommitment = try update("8.4b", ["--status", "done", "--corrects", "3"])
    XCTAssertEqual(ofTheCommitment.status, 65)
    XCTAssertEqual(
      ofTheCommitment.error,
      "accord: update #3 is about commitment 8.4, not 8.4b: a correction names an update of 8.4b\n")
  }

  func test_correcting_an_update_that_is_not_there_is_a_data_error_and_creates_no_journal() throws {
    let missing = try update("1.1", ["--status", "done", "--corrects", "99"])
    XCTAssertEqual(missing.status, 65)
    XCTAssertEqual(missing.error, "accord: there is no update 99 to correct: there is no journal at \(journal) yet\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
    XCTAssertEqual(try update("1.1", ["--status", "done"]).status, 0)
    let absent = try update("1.1", ["--status", "done", "--corrects", "99"])
    XCTAssertEqual(absent.status, 65)
    XCTAssertEqual(absent.error, "accord: there is no update 99 to correct\n")
  }

  // MARK: Item 9: dates, other databases, paths, the settings file

  func test_dates_are_checked_against_the_system_clock_and_the_plans_years_whatever_today_says() throws {
    let future = try Subprocess.run(
      try accord,
      [
        "update", "1.1", "--status", "done", "--source", "S", "--today", "9999-12-31", "--date", "9999-12-31",
        "--journal", journal,
      ])
    XCTAssertEqual(future.status, 65)
    XCTAssertTrue(future.error.contains("9999-12-31 is outside the plan's years (2023 to 2028)"), future.error)
    let ancient = try update("16.3", ["--status", "done", "--date", "0001-01-01"])
    XCTAssertEqual(ancient.status, 65)
    XCTAssertEqual(ancient.error, "accord update: 0001-01-01 is outside the plan's years (2023 to 2028)\n")
    let ahead = try Subprocess.run(
      try accord, ["update", "1.1", "--status", "done", "--source", "S", "--today", "2028-01-10", "--journal", journal])
    XCTAssertEqual(ahead.status, 65, "2028-01-10 is in the plan's years but after the system's today")
    XCTAssertTrue(ahead.error.contains("is after today by the system's clock"), ahead.error)
    XCTAssertEqual(try run(["history"]).output, "", "nothing recorded")
  }

  func test_another_programs_database_is_never_made_a_journal() throws {
    let database = try DatabaseQueue(path: journal)
    try database.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')") }
    try database.close()
    let result = try update("1.1", ["--status", "done"])
    XCTAssertEqual(result.status, 74)
    XCTAssertEqual(
      result.error,
      "accord: \(journal): is an SQLite database but not an accord journal; accord records only into its own journal\n")
    let after = try DatabaseQueue(path: journal)
    XCTAssertEqual(
      try after.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master ORDER BY name") }, ["notes"])
    try after.close()
  }

  func test_a_mistyped_journal_path_makes_no_directories() throws {
    let typo = directory.appendingPathComponent("var/lib/acord/journal.sqlite").path
    let result = try update("1.1", ["--status", "done"], journal: typo)
    XCTAssertEqual(result.status, 74)
    XCTAssertEqual(
      result.error,
      "accord: \(typo): there is no directory \(directory.appendingPathComponent("var/lib/acord").path); check the path (accord makes no directories for a journal)\n"
    )
    XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("var").path))
  }

  func test_a_relative_journal_in_the_settings_is_relative_to_the_settings_file() throws {
    let settings = directory.appendingPathComponent("config/accord")
    try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
    try "journal: shared.sqlite\n".write(
      to: settings.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    let elsewhere = directory.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let script =
      "cd \(shellQuoted(elsewhere.path)) && exec env -u ACCORD_JOURNAL XDG_CONFIG_HOME=\(shellQuoted(directory.appendingPathComponent("config").path)) \"$@\""
    let result = try Subprocess.run(
      "/bin/sh",
      ["-c", script, "sh", try accord, "update", "1.1", "--status", "done", "--source", "S", "--today", "2026-11-24"])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(FileManager.default.fileExists(atPath: settings.appendingPathComponent("shared.sqlite").path))
    XCTAssertFalse(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("shared.sqlite").path))
  }
}
