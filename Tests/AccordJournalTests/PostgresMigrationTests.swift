import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

@testable import AccordPostgres

/// A journal made by an older accord, updates in it, brought up to date by `journal init`:
/// its updates keep their numbers and are read in the same order, and new ones follow them.
final class PostgresMigrationTests: XCTestCase {
  func test_a_journal_of_schema_version_2_with_updates_is_migrated_keeping_their_order() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    guard case .server(let location) = address else { return XCTFail("not a server") }
    let session = try PostgresSession(server: location)
    for step in 1...2 {
      for statement in PostgresSchema.statements(of: PostgresSchema.migrations[step] ?? "") {
        try session.execute(statement)
      }
    }
    try server.psql(
      location.database ?? "",
      """
      INSERT INTO accord_schema VALUES (2, '\(conformancePlan.identity)');
      INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, author, recorded_at)
        SELECT 'commitment', '16.3', 'done', '2026-11-02', 'old ' || n, 'JTC', 'confirmed', '', '' FROM generate_series(1, 3) n;
      """)
    let said = try address.initialize(planIdentity: conformancePlan.identity)
    XCTAssertEqual(said.outcome, .migrated(from: 2))
    XCTAssertEqual(said.schemaVersion, 3)

    let journal = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["old 1", "old 2", "old 3"])
    XCTAssertEqual(try journal.reading(after: 1).updates.map(\.note), ["old 2", "old 3"])
    let next = try journal.record(
      JournalUpdate(
        targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
        note: "new", source: "JTC"))
    XCTAssertEqual(next.id, 4)
    XCTAssertEqual(try journal.reading(after: 3).updates.map(\.note), ["new"])
  }
}
