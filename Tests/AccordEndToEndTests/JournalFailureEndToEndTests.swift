import Foundation
import GRDB
import XCTest

/// A journal that cannot be used gives one clear message and a non-zero status, and loses nothing.
final class JournalFailureEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-journal-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    chmod(directory.path, 0o755)
    try? FileManager.default.removeItem(at: directory)
  }

  private func update(_ arguments: [String] = [], journal: String? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Subprocess.run(
      try accord,
      [
        "update", "1.1", "--status", "done", "--source", "MOFA", "--note", "ລົງນາມ ចុះហត្ថលេខា", "--today", "2026-11-24",
        "--journal", journal ?? self.journal,
      ] + arguments)
  }

  private func history() throws -> [String] {
    let result = try Subprocess.run(try accord, ["history", "--journal", journal])
    XCTAssertEqual(result.status, 0, result.error)
    return result.output.split(separator: "\n").map(String.init)
  }

  func test_an_update_is_recorded_with_its_author_and_shown_in_history() throws {
    XCTAssertEqual(try update().output, "recorded update 1: 1.1 done on 2026-11-24\n")
    let account = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    let lines = try history()
    XCTAssertEqual(lines.count, 1)
    XCTAssertTrue(lines[0].hasPrefix("#1  2026-11-24  1.1  done  "), lines[0])
    XCTAssertTrue(lines[0].contains("(\(account))  ລົງນາມ ចុះហត្ថលេខា  MOFA"), lines[0])
  }

  func test_a_refused_update_says_why_exits_65_and_writes_nothing() throws {
    let result = try Subprocess.run(
      try accord, ["update", "1.1x", "--status", "don", "--date", "2023-02-30", "--journal", journal])
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(
      result.error.split(separator: "\n").map(String.init),
      [
        "accord update: '1.1x' is not a commitment, milestone or meeting of this plan (did you mean '1.1'?)",
        "accord update: '2023-02-30' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD that exists, e.g. 2026-11-24",
        "accord update: 'don' is not a status; expected one of done, in-progress, continuous, not-started, unknown (did you mean 'done'?)",
        "accord update: a source is required for status 'don'",
      ])
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "nothing written, not even an empty journal")
  }

  func test_a_correction_names_the_update_it_corrects_and_both_stay() throws {
    XCTAssertEqual(try update().status, 0)
    XCTAssertEqual(try update(["--status", "in-progress", "--corrects", "1"]).status, 0)
    let lines = try history()
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines[1].contains("in-progress") && lines[1].contains("corrects #1"), lines[1])
    let missing = try update(["--corrects", "9"])
    XCTAssertEqual(missing.status, 65, "a data error, as a refused field is")
    XCTAssertEqual(missing.error, "accord: there is no update 9 to correct\n")
  }

  func test_the_journal_refuses_to_change_or_delete_an_update() throws {
    XCTAssertEqual(try update().status, 0)
    let database = try DatabaseQueue(path: journal)
    XCTAssertThrowsError(try database.write { try $0.execute(sql: #"UPDATE "update" SET status = 'unknown'"#) })
    XCTAssertThrowsError(try database.write { try $0.execute(sql: #"DELETE FROM "update""#) })
    try database.close()
    XCTAssertEqual(try history().count, 1)
  }

  func test_read_only_commands_never_create_the_journal() throws {
    for command in [["check"], ["history"], ["render", "--size", "80x24"]] {
      let result = try Subprocess.run(try accord, command + ["--journal", journal])
      XCTAssertEqual(result.status, 0, "\(command): \(result.error)")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal))
  }

  func test_a_journal_in_an_unwritable_place_is_refused_clearly() throws {
    let result = try update(journal: "/proc/journal.sqlite")
    XCTAssertEqual(result.status, 74)
    XCTAssertEqual(
      result.error,
      "accord: /proc/journal.sqlite: cannot open or create the journal here (check the directory's permissions)\n")
    let nowhere = try update(journal: "/proc/accord-nowhere/journal.sqlite")
    XCTAssertEqual(nowhere.status, 74)
    XCTAssertEqual(
      nowhere.error,
      "accord: /proc/accord-nowhere/journal.sqlite: there is no directory /proc/accord-nowhere; check the path (accord makes no directories for a journal)\n"
    )
  }

  func test_a_full_disk_is_refused_clearly_and_loses_nothing() throws {
    XCTAssertEqual(try update().status, 0)
    // SIGXFSZ ignored, so a write past the limit fails with EFBIG as on a full disk.
    let full = try Subprocess.run(
      "/bin/sh",
      [
        "-c",
        "trap '' XFSZ; ulimit -f 1; exec \(shellQuoted(try accord)) update 1.1 --status done --source S --today 2026-11-24 --journal \(shellQuoted(journal))",
      ])
    XCTAssertEqual(full.status, 74, full.output + full.error)
    XCTAssertTrue(full.error.hasPrefix("accord: \(journal): "), full.error)
    XCTAssertTrue(full.error.contains("disk is full") || full.error.contains("input/output error"), full.error)
    XCTAssertEqual(try history().count, 1)
    XCTAssertEqual(try update().status, 0, "takes updates again once there is room")
    XCTAssertEqual(try history().count, 2)
  }

  func test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was() throws {
    let text = "these are my notes, not a journal\n"
    try text.write(toFile: journal, atomically: true, encoding: .utf8)
    for result in [try update(), try Subprocess.run(try accord, ["history", "--journal", journal])] {
      XCTAssertEqual(result.status, 74)
      XCTAssertEqual(result.error, "accord: \(journal): is not an accord journal (not an SQLite database)\n")
    }
    XCTAssertEqual(try String(contentsOfFile: journal, encoding: .utf8), text)
  }

  func test_a_journal_from_a_newer_schema_is_refused_and_left_as_it_was() throws {
    XCTAssertEqual(try update().status, 0)
    let database = try DatabaseQueue(path: journal)
    try database.write { try $0.execute(sql: "PRAGMA user_version = 7") }
    try database.close()
    let result = try update()
    XCTAssertEqual(result.status, 74)
    XCTAssertEqual(
      result.error,
      "accord: \(journal): the journal has schema version 7; this accord reads up to 1: use a newer accord\n")
    let check = try DatabaseQueue(path: journal)
    XCTAssertEqual(try check.read { try Int.fetchOne($0, sql: #"SELECT count(*) FROM "update""#) }, 1)
  }

  func test_a_journal_of_another_plan_is_refused() throws {
    XCTAssertEqual(try update().status, 0)
    let other = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/mixed-scripts-plan.yaml"
    ).path
    let result = try Subprocess.run(try accord, ["check", "--data", other, "--journal", journal])
    XCTAssertEqual(result.status, 74)
    XCTAssertEqual(
      result.error,
      "accord: \(journal): this journal belongs to the plan 'Lao PDR-Cambodia Action Plan 2023-2027, signed 2023-02-13', not 'A-B Test Plan, signed 2023-02-13'; give the journal of this plan with --journal\n"
    )
  }

  /// As an account that may write neither the journal nor its directory (root could).
  func test_a_read_only_journal_still_reads() throws {
    XCTAssertEqual(try update().status, 0)
    chmod(journal, 0o444)
    chmod(directory.path, 0o555)
    let history = try Account.nobody.run(try accord, ["history", "--journal", journal])
    XCTAssertEqual(history.status, 0, history.error)
    XCTAssertTrue(history.output.hasPrefix("#1  2026-11-24  1.1  done  "), history.output)
    let check = try Account.nobody.run(try accord, ["check", "--journal", journal, "--today", "2026-11-24"])
    XCTAssertEqual(check.status, 0, check.error)
    let refused = try Account.nobody.run(
      try accord,
      ["update", "1.2", "--status", "done", "--source", "MOFA", "--today", "2026-11-24", "--journal", journal])
    XCTAssertEqual(refused.status, 74, "the account cannot record: \(refused.output)")
    XCTAssertEqual(try self.history().count, 1, "nothing was recorded by the refused update")
  }
}
