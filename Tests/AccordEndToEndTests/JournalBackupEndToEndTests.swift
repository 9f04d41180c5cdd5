import Foundation
import GRDB
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `accord journal backup`: while another process has the journal open, SQLite leaves the
/// newest updates in `-wal`, so a copy of `journal.sqlite` alone loses them; the backup holds
/// every one, in one file.
final class JournalBackupEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { path("journal.sqlite") }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-backup-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func record(_ id: String, _ status: String) throws {
    try Subprocess.check(
      try accord,
      [
        "update", id, "--status", status, "--date", "2026-11", "--source", "JTC minutes", "--today", "2026-11-24",
        "--journal", journal,
      ])
  }

  private func history(_ journal: String) throws -> String {
    try Subprocess.check(try accord, ["history", "--journal", journal])
  }

  func test_a_backup_holds_every_update_while_the_journal_is_open() throws {
    try record("16.3", "done")
    // Another process with the journal open, as a dashboard has it: the updates recorded
    // meanwhile stay in -wal, not checkpointed into journal.sqlite.
    var configuration = Configuration()
    configuration.readonly = true
    let holder = try DatabaseQueue(path: journal, configuration: configuration)
    XCTAssertEqual(try holder.read { try Int.fetchOne($0, sql: #"SELECT count(*) FROM "update""#) }, 1)
    for id in ["1.1", "1.2", "2.1", "jc-16"] { try record(id, id == "jc-16" ? "held" : "in-progress") }
    let live = try history(journal)
    XCTAssertEqual(live.split(separator: "\n").count, 5, live)

    try FileManager.default.copyItem(atPath: journal, toPath: path("copied.sqlite"))
    let copied = try history(path("copied.sqlite"))
    XCTAssertLessThan(copied.split(separator: "\n").count, 5, "the test's premise: a plain copy misses what is in -wal")

    let backup = path("backup.sqlite")
    XCTAssertEqual(try Subprocess.check(try accord, ["journal", "backup", backup, "--journal", journal]), "")
    XCTAssertFalse(FileManager.default.fileExists(atPath: backup + "-wal"), "the backup is one file")
    XCTAssertEqual(try history(backup), live, "the backup holds every update")
    try holder.close()
  }

  func test_a_backup_keeps_an_existing_files_mode_and_never_writes_over_the_journal() throws {
    try record("16.3", "done")
    let backup = path("backup.sqlite")
    try "old".write(toFile: backup, atomically: false, encoding: .utf8)
    XCTAssertEqual(chmod(backup, 0o640), 0)
    try Subprocess.check(try accord, ["journal", "backup", backup, "--journal", journal])
    var info = stat()
    XCTAssertEqual(stat(backup, &info), 0)
    XCTAssertEqual(info.st_mode & 0o7777, 0o640)
    XCTAssertEqual(try history(backup), try history(journal))

    for target in [journal, journal + "-wal"] {
      let refused = try Subprocess.run(try accord, ["journal", "backup", target, "--journal", journal])
      XCTAssertEqual(refused.status, 73, target)
      XCTAssertTrue(refused.error.contains("is the journal itself"), refused.error)
    }
    XCTAssertEqual(try history(journal).split(separator: "\n").count, 1, "the journal is as it was")

    let missing = try Subprocess.run(try accord, ["journal", "backup", backup, "--journal", path("none.sqlite")])
    XCTAssertEqual(missing.status, 74)
    XCTAssertEqual(missing.error, "accord: \(path("none.sqlite")): no journal here\n")
  }
}
