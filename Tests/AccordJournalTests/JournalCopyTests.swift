import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// `accord journal copy`: a journal file into a server and back, every update's number, author,
/// time and corrections kept; run twice, nothing is copied twice; journals that have parted are
/// refused before anything is written.
final class JournalCopyTests: XCTestCase {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-copy-\(UUID())").path
  let identity = conformancePlan.identity

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: directory) }

  func updates(_ address: JournalAddress) throws -> [JournalUpdate] {
    try address.open(planIdentity: identity, access: .read).updates(since: nil)
  }

  func test_a_file_into_a_server_and_back_keeping_everything_and_copying_nothing_twice() throws {
    let server = try PostgresServer.shared.get()
    let file = JournalAddress.file(directory + "/journal.sqlite")
    let writer = try file.open(
      planIdentity: identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    let first = try writer.record(
      JournalUpdate(
        targetKind: .commitment, targetID: "16.3", status: "in-progress", date: .day(year: 2026, month: 11, day: 2),
        source: "MOFA"))
    _ = try writer.record(
      JournalUpdate(
        targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
        source: "MOFA", corrects: first.id))
    let database = try server.database()
    _ = try database.initialize(planIdentity: identity)

    XCTAssertEqual(try file.copy(to: database, planIdentity: identity).copied, 2)
    XCTAssertEqual(try updates(database), try updates(file), "numbers, authors, times and corrections kept")
    XCTAssertEqual(try file.copy(to: database, planIdentity: identity).copied, 0, "run twice, nothing copied twice")

    _ = try writer.record(
      JournalUpdate(
        targetKind: .meeting, targetID: "jc-16", status: "held", date: .day(year: 2026, month: 11, day: 20),
        source: "KPL"))
    XCTAssertEqual(try file.copy(to: database, planIdentity: identity).copied, 1, "only the new one")
    let back = JournalAddress.file(directory + "/back.sqlite")
    XCTAssertEqual(try database.copy(to: back, planIdentity: identity).copied, 3)
    XCTAssertEqual(try updates(back), try updates(file), "and back")

    _ = try database.open(planIdentity: identity, access: .write).record(
      JournalUpdate(
        targetKind: .commitment, targetID: "1.1", status: "done", date: .day(year: 2026, month: 11, day: 2),
        source: "MOFA"))
    _ = try writer.record(
      JournalUpdate(
        targetKind: .commitment, targetID: "1.2", status: "done", date: .day(year: 2026, month: 11, day: 2),
        source: "MOFA"))
    XCTAssertThrowsError(try file.copy(to: database, planIdentity: identity), "parted: each recorded its own #4") {
      error in
      XCTAssertEqual((error as? JournalError)?.kind, .refusal)
    }
    XCTAssertEqual(try updates(database).count, 4, "nothing written")
  }

  func test_only_the_owner_may_give_a_server_copied_authors_and_times() throws {
    let server = try PostgresServer.shared.get()
    let database = try server.database()
    _ = try database.initialize(planIdentity: identity)
    let editor = "copier_\(UUID().uuidString.prefix(6).lowercased())"
    try server.psql("postgres", "CREATE ROLE \(editor) LOGIN IN ROLE accord_editor")
    let forged =
      #"BEGIN; SET LOCAL accord.copying = 'on'; INSERT INTO "update" (id, target_kind, target_id, status, date, note, source, confidence, author, recorded_at) VALUES (1, 'commitment', '16.3', 'done', '2026-11', '', 'x', 'confirmed', 'the minister', '1999-01-01T00:00:00Z'); COMMIT;"#
    guard case .server(let address) = database else { return XCTFail("not a server") }
    try server.psql(address.database ?? "", forged, as: editor)
    let stored = try XCTUnwrap(try updates(database).first)
    XCTAssertEqual(stored.recording?.author, editor, "an editor's copy is signed by the editor")
    XCTAssertNotEqual(stored.recording?.recordedAt, "1999-01-01T00:00:00Z")
  }
}
