import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// The conformance suite on a real PostgreSQL server the tests start (`PostgresServer`), a
/// database of its own for each test.
final class PostgresJournalConformanceTests: XCTestCase, JournalConformance {
  /// Asked for in each test, not in setUp: XCTest reports a setUp that throws as a skip.
  var server: PostgresServer {
    get throws { try PostgresServer.shared.get() }
  }

  func emptyAddress() throws -> JournalAddress { try server.database() }

  func tamper(_ address: JournalAddress, _ sql: String) throws {
    guard case .server(let database) = address else { throw JournalError.unusable("not a server") }
    try server.psql(database.database ?? "", sql)
  }

  var expectedAuthor: String { PostgresServer.superuser }

  func test_append_only() throws { try checkAppendOnly() }
  func test_corrections() throws { try checkCorrections() }
  func test_plan_identity() throws { try checkPlanIdentityAndSchema() }
  func test_confirmation_by_a_coordinator() throws { try checkConfirmation() }
  func test_newer_schema_refused() throws { try checkNewerSchemaIsRefused("UPDATE accord_schema SET version = 99") }
  func test_concurrent_writers() throws { try checkConcurrentWriters() }
  func test_change_notification() throws { try checkChangeNotification() }
}
