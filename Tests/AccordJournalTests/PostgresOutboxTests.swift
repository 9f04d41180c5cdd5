import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// The outbox: an update recorded while the journal's server cannot be reached waits in an
/// SQLite file beside the config and reaches the journal once, whatever happens to its sending.
final class PostgresOutboxTests: XCTestCase {
  /// The real `accord`, with its config directory (and so its outbox) in `config`.
  func accord(_ arguments: [String], config: String) throws -> String {
    let binary = Bundle.main.bundleURL.appendingPathComponent("accord").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw Command.Failure(description: "no accord binary at \(binary): run `swift build` before `swift test`")
    }
    return try Command.run("/usr/bin/env", ["XDG_CONFIG_HOME=\(config)", binary] + arguments, timeout: 60)
  }

  func update(_ id: String, _ note: String, journal: String) -> [String] {
    [
      "update", id, "--status", "in-progress", "--source", "JTC minutes", "--note", note, "--date", "2026-11-02",
      "--today", "2026-11-24", "--journal", journal,
    ]
  }

  func test_an_update_recorded_while_the_server_is_stopped_arrives_once_when_it_is_back() throws {
    // A server of its own: this test stops it.
    let server = try PostgresServer()
    defer { server.stop() }
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let config = "/tmp/accord-outbox-\(UUID().uuidString.prefix(8))"
    defer { try? FileManager.default.removeItem(atPath: config) }

    try server.halt()
    let kept = try accord(update("16.3", "while the server was down", journal: address.description), config: config)
    XCTAssertTrue(
      kept.contains(
        "kept in \(config)/accord/outbox.sqlite: 16.3 in-progress on 2026-11-02; sent when the server is back (1 update waiting to be sent)"
      ),
      kept)
    XCTAssertTrue(kept.contains("unreachable since"), "the outage is said: \(kept)")

    try server.start()
    let next = try accord(update("1.1", "after it came back", journal: address.description), config: config)
    XCTAssertEqual(
      next,
      "sent update 1 from the outbox: 16.3 in-progress on 2026-11-02\nrecorded update 2: 1.1 in-progress on 2026-11-02\n"
    )
    let again = try accord(update("1.2", "once more", journal: address.description), config: config)
    XCTAssertEqual(again, "recorded update 3: 1.2 in-progress on 2026-11-02\n", "nothing waits any more")
    let notes = try address.open(planIdentity: conformancePlan.identity, access: .read).updates(since: nil).map(\.note)
    XCTAssertEqual(notes, ["while the server was down", "after it came back", "once more"])
  }

  /// The connection lost while the server committed: the writer does not know, keeps the
  /// update, and sends it again; the server finds its key and records nothing twice.
  func test_an_update_sent_again_after_an_unknown_outcome_is_recorded_once() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let journal = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    var update = JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
      note: "sent twice", source: "JTC minutes")
    update.key = UUID().uuidString
    let first = try journal.record(update)

    let outbox = Outbox(path: "/tmp/accord-outbox-\(UUID().uuidString.prefix(8)).sqlite")
    defer { unlink(outbox.path) }
    XCTAssertEqual(try outbox.keep(update, for: address, planIdentity: conformancePlan.identity), 1)
    XCTAssertEqual(outbox.waitingCount(for: address), 1)
    let sending = try outbox.send(to: journal, at: address, planIdentity: conformancePlan.identity)
    XCTAssertEqual(sending.sent.map(\.id), [first.id], "the update recorded the first time is the answer")
    XCTAssertEqual(outbox.waitingCount(for: address), 0)
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["sent twice"])
  }

  /// One the server refuses when it is sent is kept with why, and the next is sent.
  func test_an_update_refused_when_sent_stays_in_the_outbox_and_the_rest_are_sent() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let journal = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    let outbox = Outbox(path: "/tmp/accord-outbox-\(UUID().uuidString.prefix(8)).sqlite")
    defer { unlink(outbox.path) }
    for (note, corrects) in [("corrects nothing", 7), ("sound", nil)] as [(String, Int?)] {
      var update = JournalUpdate(
        targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
        note: note, source: "JTC minutes", corrects: corrects)
      update.key = UUID().uuidString
      try outbox.keep(update, for: address, planIdentity: conformancePlan.identity)
    }
    let sending = try outbox.send(to: journal, at: address, planIdentity: conformancePlan.identity)
    XCTAssertEqual(sending.sent.map(\.note), ["sound"])
    XCTAssertEqual(sending.refusals.count, 1)
    XCTAssertEqual(sending.refusals.first?.refusal, .noUpdateToCorrect(update: 7), "\(sending.refusals)")
    XCTAssertEqual(outbox.waitingCount(for: address), 0, "refused: not sent again")
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["sound"])
  }
}
