import AccordCore
import AccordJournal
import Foundation
import GRDB
import XCTest

/// The conformance suite on the SQLite journal, in a temporary directory.
final class SQLiteJournalConformanceTests: XCTestCase, JournalConformance {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-conformance-\(UUID())").path

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func emptyAddress() throws -> JournalAddress { .file(directory + "/journal-\(UUID()).sqlite") }

  func tamper(_ address: JournalAddress, _ sql: String) throws {
    guard case .file(let path) = address else { throw JournalError.unusable("not a file") }
    try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: sql) }
  }

  var expectedAuthor: String { Recording.Author.current().account }

  func test_append_only() throws { try checkAppendOnly() }
  func test_corrections() throws { try checkCorrections() }
  func test_plan_identity() throws { try checkPlanIdentityAndSchema() }

  func test_confirmation_by_a_coordinator() throws {
    setenv("ACCORD_COORDINATORS", try XCTUnwrap(AccountIdentity.current().groupNames.first), 1)
    defer { unsetenv("ACCORD_COORDINATORS") }
    try checkConfirmation()
  }

  func test_confirmation_refused_outside_the_coordinators_group() throws {
    setenv("ACCORD_COORDINATORS", "accord-no-such-group", 1)
    defer { unsetenv("ACCORD_COORDINATORS") }
    let journal = try open(try freshAddress())
    var report = update()
    report.confidence = .reported
    let reported = try journal.record(report)
    XCTAssertThrowsError(try journal.record(try reported.confirmation())) { error in
      XCTAssertEqual(
        error as? JournalError,
        .refused(.notACoordinator(update: 1, group: "accord-no-such-group")))
    }
    XCTAssertEqual(try journal.updates(since: nil).count, 1)
  }
  func test_newer_schema_refused() throws { try checkNewerSchemaIsRefused("PRAGMA user_version = 99") }
  func test_concurrent_writers() throws { try checkConcurrentWriters() }
  func test_change_notification() throws { try checkChangeNotification() }
}
