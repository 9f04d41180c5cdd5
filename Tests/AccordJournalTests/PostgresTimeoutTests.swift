import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// A server that hangs (its processes stopped, connections open and answering nothing) does not
/// hang accord: a query, and a connection, are given up after `connect_timeout` seconds, said
/// unreachable (so an update waits in the outbox and the dashboard keeps trying).
final class PostgresTimeoutTests: XCTestCase {
  func test_a_hung_server_is_said_unreachable_after_connect_timeout() throws {
    let server = try PostgresServer()
    defer {
      try? server.pause(SIGCONT)
      server.stop()
    }
    let made = try server.database()
    _ = try made.initialize(planIdentity: conformancePlan.identity)
    let address = try JournalAddress(parsing: made.description + "?connect_timeout=5")
    let journal = try address.open(planIdentity: conformancePlan.identity, access: .read)
    XCTAssertEqual(try journal.updates(since: nil), [])

    try server.pause()
    XCTAssertThrowsError(try journal.updates(since: nil), "a query") { error in
      guard case .unreachable(let outage) = error as? JournalError else { return XCTFail("\(error)") }
      XCTAssertEqual(outage.cause, .noAnswer(seconds: 5), "\(outage)")
    }
    XCTAssertThrowsError(try address.open(planIdentity: conformancePlan.identity, access: .read), "a connection") {
      error in
      // Whichever bound says it first: postgres-nio's on connecting, or accord's on the answer.
      guard case .unreachable(let outage) = error as? JournalError else { return XCTFail("\(error)") }
      XCTAssertTrue(outage.since.hasSuffix(" UTC"), "said unreachable since when: \(outage)")
    }

    try server.pause(SIGCONT)
    // The default bounds: a server just woken on a loaded machine may take more than 5 s.
    XCTAssertEqual(try made.open(planIdentity: conformancePlan.identity, access: .read).updates(since: nil), [])
  }
}
