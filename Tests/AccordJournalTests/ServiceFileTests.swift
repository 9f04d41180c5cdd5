import AccordCore
import AccordJournal
import AccordPostgres
import Foundation
import PostgresTestSupport
import XCTest

/// Connection services as libpq finds them: `service=` or PGSERVICE names a section of
/// PGSERVICEFILE (else ~/.pg_service.conf, else the system's), whose settings fill in what the
/// address leaves out.
final class ServiceFileTests: XCTestCase {
  let file = "/tmp/accord-pgservice-\(UUID().uuidString)"

  override func tearDown() { unlink(file) }

  func resolve(_ address: String, _ environment: [String: String]) throws -> ServerAddress {
    try ServiceFile.resolve(
      ServerAddress(parsing: address),
      environment: environment.merging(["PGSERVICEFILE": file, "PGSYSCONFDIR": "/nonexistent"]) { $1 })
  }

  func test_a_service_fills_in_what_the_address_leaves_out() throws {
    try """
    # the ministry's journal
    [other]
    host=elsewhere
    [accord]
    host = db.mofa.gov.la
    port=5433
    dbname=accord
    sslmode=verify-full
    """.write(toFile: file, atomically: false, encoding: .utf8)
    let named = try resolve("postgresql://?service=accord", [:])
    XCTAssertEqual(
      [named.host, "\(named.port)", named.database, named.sslMode], ["db.mofa.gov.la", "5433", "accord", "verify-full"])
    let overridden = try resolve("postgresql://somchai@localhost/journal", ["PGSERVICE": "accord"])
    XCTAssertEqual(
      [overridden.host, "\(overridden.port)", overridden.database, overridden.user],
      ["localhost", "5433", "journal", "somchai"], "the address's own settings win")
    XCTAssertThrowsError(try resolve("postgresql://?service=missing", [:])) { error in
      guard case .trouble(_, .noService(name: "missing", _)) = error as? JournalError else {
        return XCTFail("the connection service 'missing' is in no service file: \(error)")
      }
    }
    XCTAssertEqual(try resolve("postgresql://db/accord", [:]).host, "db", "no service named: unchanged")
  }

  func test_a_line_that_is_not_a_setting_is_refused_with_where_it_is() throws {
    try "[accord]\nhost=db\nport 5433\n".write(toFile: file, atomically: false, encoding: .utf8)
    XCTAssertThrowsError(try resolve("postgresql://?service=accord", [:])) { error in
      XCTAssertEqual(error as? JournalError, .trouble(address: "\(file):3:1", .notAServiceLine))
    }
  }

  /// The journal on the tests' server reached through a service that names its socket, port
  /// and database.
  func test_a_journal_opened_through_a_service() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    guard case .server(let direct) = address else { return XCTFail("not a server") }
    try """
    [journal]
    host=\(server.directory)
    port=\(server.port)
    dbname=\(direct.database ?? "")
    user=\(PostgresServer.superuser)
    """.write(toFile: file, atomically: false, encoding: .utf8)
    setenv("PGSERVICEFILE", file, 1)
    defer { unsetenv("PGSERVICEFILE") }
    let service = try JournalAddress(parsing: "postgresql://?service=journal")
    let journal = try service.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    let update = JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
      source: "JTC minutes")
    XCTAssertEqual(try journal.record(update).id, 1)
    XCTAssertEqual(try address.open(planIdentity: conformancePlan.identity, access: .read).updates(since: nil).count, 1)
  }
}
