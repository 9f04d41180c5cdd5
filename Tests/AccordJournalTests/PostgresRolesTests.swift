import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// What the server itself enforces, whatever client writes: a viewer cannot write at all, and an
/// editor cannot say who recorded an update or when.
final class PostgresRolesTests: XCTestCase {
  var server: PostgresServer!
  var address: JournalAddress!
  var database: String!
  /// Login roles are the server's, not one database's: named apart for each test.
  let suffix = UUID().uuidString.prefix(6).lowercased()
  var viewer: String { "somsak_\(suffix)" }
  var editor: String { "somchai_\(suffix)" }

  /// Called by each test, not by setUp: XCTest reports a setUp that throws as a skip.
  func prepare(site: String? = nil) throws {
    server = try PostgresServer.shared.get()
    address = try server.database()
    guard case .server(let found) = address else { return XCTFail("not a server") }
    database = found.database
    _ = try address.initialize(planIdentity: conformancePlan.identity, site: site)
    try server.psql(
      database,
      """
      CREATE ROLE \(viewer) LOGIN IN ROLE accord_viewer; CREATE ROLE \(editor) LOGIN IN ROLE accord_editor;
      COMMENT ON ROLE \(editor) IS 'Somchai P.';
      """)
  }

  func open(as user: String, _ access: JournalAccess = .write) throws -> any Journal {
    try server.address(address, as: user).open(planIdentity: conformancePlan.identity, access: access)
  }

  let update = JournalUpdate(
    targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
    source: "JTC minutes")

  func test_a_viewer_reads_but_every_way_to_write_is_refused_by_the_server() throws {
    try prepare()
    let recorded = try open(as: editor).record(update)
    XCTAssertEqual(try open(as: viewer, .read).updates(since: nil).map(\.id), [recorded.id], "a viewer reads")
    XCTAssertThrowsError(try open(as: viewer).record(update), "through accord") { error in
      XCTAssertTrue("\(error)".contains("permission denied"), "\(error)")
      guard case .trouble(_, .viewer) = error as? JournalError else { return XCTFail("not said a viewer: \(error)") }
    }
    let insert =
      #"INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, author, recorded_at) VALUES ('commitment', '16.3', 'done', '2026-11', '', 'forged', 'confirmed', 'x', 'x')"#
    for sql in [insert, #"UPDATE "update" SET note = 'changed'"#, #"DELETE FROM "update""#, #"TRUNCATE "update""#] {
      XCTAssertThrowsError(try server.psql(database, sql, as: viewer), "through psql: \(sql)") { error in
        XCTAssertTrue("\(error)".contains("permission denied"), "\(error)")
      }
    }
    XCTAssertEqual(try open(as: editor, .read).updates(since: nil).count, 1, "nothing written")
  }

  func test_the_author_and_time_are_the_servers_whatever_the_client_says() throws {
    try prepare()
    try server.psql(
      database,
      #"INSERT INTO "update" (id, target_kind, target_id, status, date, note, source, confidence, author, author_name, recorded_at) VALUES (77, 'commitment', '16.3', 'done', '2026-11', '', 'psql', 'confirmed', 'the minister', 'The Minister', '1999-01-01T00:00:00Z')"#,
      as: editor)
    let stored = try XCTUnwrap(try open(as: viewer, .read).updates(since: nil).first)
    XCTAssertEqual(stored.id, 1, "numbered by the server")
    XCTAssertEqual(stored.recording?.author, editor)
    XCTAssertEqual(stored.recording?.authorName, "Somchai P.", "the role's comment, set by the administrator")
    XCTAssertTrue(
      stored.recording?.recordedAt.hasPrefix(String(Day.localToday().year)) ?? false,
      "\(String(describing: stored.recording))")
    XCTAssertThrowsError(
      try server.psql(database, #"UPDATE "update" SET author = 'the minister'"#, as: editor),
      "an editor changes nothing")
  }

  func test_only_a_coordinator_confirms_a_reported_update() throws {
    try prepare()
    let coordinator = "bopha_\(suffix)"
    try server.psql(database, "CREATE ROLE \(coordinator) LOGIN IN ROLE accord_coordinator")
    var report = update
    report.confidence = .reported
    let reported = try open(as: editor).record(report)
    XCTAssertThrowsError(try open(as: editor).record(try reported.confirmation()), "an editor may not") { error in
      // The trigger's own text, read back as the typed refusal accord words in the reader's language.
      XCTAssertEqual(error as? JournalError, .refused(.notACoordinator(update: 1, group: nil)), "\(error)")
    }
    let confirmed = try open(as: coordinator).record(try reported.confirmation())
    XCTAssertEqual(confirmed.recording?.author, coordinator)
    XCTAssertEqual(try open(as: viewer, .read).updates(since: nil).map(\.confidence), [.reported, .confirmed])
  }

  func test_init_twice_changes_nothing_and_a_newer_schema_is_refused() throws {
    try prepare()
    _ = try open(as: editor).record(update)
    XCTAssertEqual(try address.initialize(planIdentity: conformancePlan.identity).outcome, .existed)
    XCTAssertEqual(try open(as: editor, .read).updates(since: nil).count, 1)
    try server.psql(database, "UPDATE accord_schema SET version = 7")
    XCTAssertThrowsError(try address.initialize(planIdentity: conformancePlan.identity)) { error in
      XCTAssertEqual(error as? JournalError, .newerSchema(address: address.description, version: 7, known: 5))
    }
  }

  /// Each site's updates in a partition of their own: the rights are the table's a statement
  /// names, so every partition refuses a viewer, and an editor at Vientiane cannot write
  /// Phnom Penh's, through "update" (the trigger) or directly (no grant).
  func test_a_viewer_is_refused_on_every_partition_and_an_editor_on_the_other_sites() throws {
    try prepare(site: "lao")
    let recorded = try open(as: editor).record(update)
    XCTAssertEqual(recorded.recording?.author, "\(editor)@lao")
    let columns = "(id, target_kind, target_id, status, date, note, source, confidence, author, recorded_at, site)"
    for partition in ["updates_lao", "updates_kh", "updates_no_site"] {
      let site = partition == "updates_lao" ? "'lao'" : partition == "updates_kh" ? "'kh'" : "NULL"
      for sql in [
        "INSERT INTO \(partition) \(columns) VALUES (8, 'commitment', '16.3', 'done', '2026-11', '', 'forged', 'confirmed', 'x', 'x', \(site))",
        "UPDATE \(partition) SET note = 'changed'", "DELETE FROM \(partition)", "TRUNCATE \(partition)",
      ] {
        XCTAssertThrowsError(try server.psql(database, sql, as: viewer), "a viewer: \(sql)") { error in
          XCTAssertTrue("\(error)".contains("permission denied for table \(partition)"), "\(error)")
        }
      }
    }
    let otherSite =
      #"INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, author, recorded_at, site) VALUES ('commitment', '16.3', 'done', '2026-11', '', 'forged', 'confirmed', 'x', 'x', 'kh')"#
    XCTAssertThrowsError(try server.psql(database, otherSite, as: editor), "an editor names the other site") { error in
      XCTAssertTrue(
        "\(error)".contains("this journal records the site lao's updates; the site kh's arrive by replication only"),
        "\(error)")
    }
    XCTAssertThrowsError(
      try server.psql(
        database,
        "INSERT INTO updates_kh \(columns) VALUES (2, 'commitment', '16.3', 'done', '2026-11', '', 'forged', 'confirmed', 'x', 'x', 'kh')",
        as: editor), "an editor writes the other site's partition"
    ) { error in
      XCTAssertTrue("\(error)".contains("permission denied for table updates_kh"), "\(error)")
    }
    XCTAssertEqual(try open(as: viewer, .read).updates(since: nil).map(\.id), [recorded.id], "nothing else written")
  }
}
