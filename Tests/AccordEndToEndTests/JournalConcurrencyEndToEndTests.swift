import Foundation
import GRDB
import XCTest

/// Many `accord update` processes at once, and writers killed mid-write, on one journal.
final class JournalConcurrencyEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-journal-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

  /// A shell loop recording `count` updates, printing what accord prints for each.
  private func writer(_ number: Int, count: Int, journal: String) throws -> (pid: pid_t, log: String) {
    let log = directory.appendingPathComponent("writer-\(number).log").path
    let script = """
      i=1; while [ $i -le \(count) ]; do
        \(shellQuoted(try accord)) update 1.1 --status in-progress --source "writer \(number)" \
          --note "writer \(number) update $i" --journal \(shellQuoted(journal)) --today 2026-11-24 || echo "refused $?"
        i=$((i+1)); done
      """
    return (try Subprocess.spawn("/bin/sh", ["-c", script], output: log), log)
  }

  func test_eight_writers_at_once_record_all_four_hundred_updates() throws {
    let journal = directory.appendingPathComponent("journal.sqlite").path
    let writers = try (1...8).map { try writer($0, count: 50, journal: journal) }
    for writer in writers { XCTAssertEqual(Subprocess.wait(writer.pid, seconds: 300), 0) }
    for writer in writers {
      let log = try String(contentsOfFile: writer.log, encoding: .utf8)
      XCTAssertFalse(log.contains("refused"), log)
    }
    let history = try Subprocess.run(try accord, ["history", "1.1", "--journal", journal, "--format", "json"])
    XCTAssertEqual(history.status, 0, history.error)
    let updates = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
    XCTAssertEqual(updates.count, 400)
    let notes = Set(updates.compactMap { $0["note"] as? String })
    XCTAssertEqual(notes.count, 400, "every writer's every update, once")
  }

  func test_writers_killed_mid_write_leave_a_sound_journal_with_every_reported_update() throws {
    let journal = directory.appendingPathComponent("journal.sqlite").path
    let writers = try (1...4).map { try writer($0, count: 1000, journal: journal) }
    // Let them record a while, then kill every shell and accord process of theirs at once.
    var recorded = 0
    let deadline = Date().addingTimeInterval(60)
    while recorded < 40 && Date() < deadline {
      usleep(100_000)
      recorded = writers.map { (try? String(contentsOfFile: $0.log, encoding: .utf8)) ?? "" }
        .map { $0.components(separatedBy: "recorded update").count - 1 }.reduce(0, +)
    }
    // pkill's status: 0 when it killed an accord that was running, 1 when none was.
    var killedMidWrite = 0
    for writer in writers {
      // The shell stopped first, so that its loop cannot start one more accord after the kill.
      kill(writer.pid, SIGSTOP)
      let pkill = try Subprocess.run("/usr/bin/pkill", ["-KILL", "-P", "\(writer.pid)"])
      XCTAssertTrue([0, 1].contains(pkill.status), "pkill: \(pkill.error)")
      if pkill.status == 0 { killedMidWrite += 1 }
      kill(writer.pid, SIGKILL)
      _ = Subprocess.wait(writer.pid, seconds: 5)
    }
    XCTAssertGreaterThan(killedMidWrite, 0, "at least one accord was killed while it ran")
    let reported = writers.flatMap { writer in
      ((try? String(contentsOfFile: writer.log, encoding: .utf8)) ?? "").split(separator: "\n")
        .compactMap { line -> Int? in
          guard line.hasPrefix("recorded update ") else { return nil }
          return Int(line.dropFirst("recorded update ".count).prefix { $0.isNumber })
        }
    }
    XCTAssertGreaterThan(reported.count, 0)

    let database = try DatabaseQueue(path: journal)
    XCTAssertEqual(try database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
    let stored = Set(try database.read { try Int.fetchAll($0, sql: #"SELECT id FROM "update""#) })
    XCTAssertTrue(Set(reported).isSubset(of: stored), "every update reported as recorded is in the journal")
    try database.close()

    let after = try Subprocess.run(
      try accord,
      ["update", "1.1", "--status", "done", "--source", "after", "--journal", journal, "--today", "2026-11-24"])
    XCTAssertEqual(after.status, 0, after.error)
    XCTAssertTrue(after.output.hasPrefix("recorded update "), after.output)
  }
}
