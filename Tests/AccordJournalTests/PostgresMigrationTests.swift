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
    XCTAssertEqual(said.schemaVersion, PostgresSchema.version)

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

  /// A site's journal of version 3 (one table for both sites): its updates move into the
  /// site's partition, each keeping its number, author, name, time, correction, key and arrival.
  func test_a_site_journal_of_schema_version_3_moves_into_its_partition_keeping_every_update() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    guard case .server(let location) = address, let database = location.database else { return XCTFail("not a server") }
    let session = try PostgresSession(server: location)
    for step in 1...3 {
      for statement in PostgresSchema.statements(of: PostgresSchema.migrations[step] ?? "") {
        try session.execute(statement)
      }
    }
    try server.psql(
      database,
      """
      INSERT INTO accord_schema VALUES (3, '\(conformancePlan.identity)', 'lao');
      COMMENT ON ROLE \(PostgresServer.superuser) IS 'Somchai P.';
      INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, author, recorded_at, key)
        SELECT 'commitment', '16.3', 'done', '2026-11-02', 'old ' || n, 'JTC', 'reported', '', '', 'key-' || n
        FROM generate_series(1, 3) n;
      INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, corrects, author, recorded_at)
        VALUES ('commitment', '16.3', 'done', '2026-11-02', 'confirmed', 'JTC', 'confirmed', 3, '', '');
      """)
    let rows = #"SELECT id, author, author_name, recorded_at, corrects, key, site, arrival FROM "update" ORDER BY id"#
    let before = try server.psql(database, rows)
    XCTAssertTrue(before.contains("accord@lao"), before)

    let said = try address.initialize(planIdentity: conformancePlan.identity)
    XCTAssertEqual(said.outcome, .migrated(from: 3))
    XCTAssertEqual(said.schemaVersion, PostgresSchema.version)
    XCTAssertEqual(try server.psql(database, rows), before, "every update as it was")
    let placed = try server.psql(
      database,
      "SELECT 'lao ' || (SELECT count(*) FROM updates_lao) || ', none ' || (SELECT count(*) FROM updates_no_site)")
    XCTAssertTrue(placed.contains("lao 4, none 0"), "all four in Vientiane's partition: \(placed)")
    let journal = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    XCTAssertEqual(try journal.updates(since: nil).map(\.id), [1, 3, 5, 7])
    XCTAssertEqual(try journal.updates(since: nil).last?.corrects, 3)
    let next = try journal.record(
      JournalUpdate(
        targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
        note: "new", source: "JTC"))
    XCTAssertEqual(next.id, 9, "Vientiane's numbers go on odd")
    XCTAssertEqual(try journal.reading(after: 7).updates.map(\.note), ["new"])
  }
}
