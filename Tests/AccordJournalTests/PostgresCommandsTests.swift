import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// The real `accord` on a journal on the tests' PostgreSQL server: made by `journal init`, an
/// update recorded and corrected by `update`, read back by `history` as with a file.
final class PostgresCommandsTests: XCTestCase {
  func accord(_ arguments: [String]) throws -> String {
    let binary = Bundle.main.bundleURL.appendingPathComponent("accord").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw Command.Failure(description: "no accord binary at \(binary): run `swift build` before `swift test`")
    }
    return try Command.run(binary, arguments, timeout: 60)
  }

  func test_init_update_correct_and_history_on_a_server() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database().description
    let made = try accord(["journal", "init", address])
    XCTAssertTrue(made.hasPrefix("made: \(address): schema version 5 for "), made)
    let update = [
      "update", "16.3", "--status", "in-progress", "--source", "JTC minutes", "--date", "2026-11-02", "--today",
      "2026-11-24", "--journal", address,
    ]
    XCTAssertEqual(try accord(update), "recorded update 1: 16.3 in-progress on 2026-11-02\n")
    let correction = [
      "update", "16.3", "--status", "done", "--source", "JTC minutes", "--date", "2026-11-02", "--corrects", "1",
      "--today", "2026-11-24", "--journal", address,
    ]
    XCTAssertEqual(try accord(correction), "recorded update 2: 16.3 done on 2026-11-02\n")
    let history = try accord(["history", "16.3", "--journal", address])
    XCTAssertEqual(history.split(separator: "\n").count, 2, history)
    XCTAssertTrue(history.contains(PostgresServer.superuser), "signed by the server's session user: \(history)")
    XCTAssertTrue(try accord(["journal", "init", address]).hasPrefix("ok: "), "a second init changes nothing")
    let reported = [
      "update", "jc-16", "--status", "held", "--source", "KPL", "--date", "2026-11-20", "--confidence", "reported",
      "--today", "2026-11-24", "--journal", address,
    ]
    XCTAssertEqual(try accord(reported), "recorded update 3: jc-16 held on 2026-11-20\n")
    XCTAssertEqual(
      try accord(["confirm", "3", "--journal", address]),
      "confirmed update 3: recorded update 4: jc-16 held on 2026-11-20\n")
    XCTAssertThrowsError(try accord(["confirm", "4", "--journal", address]), "already confirmed") { error in
      XCTAssertTrue("\(error)".contains("update #4 is already confirmed"), "\(error)")
    }
    let file = "/tmp/accord-copy-\(UUID().uuidString).sqlite"
    defer { for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) } }
    XCTAssertEqual(
      try accord(["journal", "copy", address, file]), "copied 4 updates from \(address) to \(file) (0 already there)\n")
    XCTAssertEqual(
      try accord(["journal", "copy", address, file]), "copied 0 updates from \(address) to \(file) (4 already there)\n")
    XCTAssertEqual(
      try accord(["history", "--journal", file]), try accord(["history", "--journal", address]), "the same history")
  }
}
