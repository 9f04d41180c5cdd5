import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// `sslmode=verify-full` with a CA file: the journal is reached over TLS only when the server's
/// certificate is signed by that CA and names the host; anything else is refused, not used.
final class PostgresTLSTests: XCTestCase {
  let update = JournalUpdate(
    targetKind: .commitment, targetID: "16.3", status: "done", date: .day(year: 2026, month: 11, day: 2),
    source: "JTC minutes")

  func test_verify_full_reaches_the_server_whose_certificate_the_ca_signed_for_its_name() throws {
    let server = try PostgresServer.shared.get()
    let socket = try server.database()
    _ = try socket.initialize(planIdentity: conformancePlan.identity)
    let verified = try server.tcpAddress(
      socket, host: "localhost", parameters: "sslmode=verify-full&sslrootcert=\(server.directory)/ca.pem")
    let journal = try verified.open(planIdentity: conformancePlan.identity, access: .write)
    XCTAssertEqual(try journal.record(update).id, 1)
    // Refused below when the certificate does not check out: so the one above was checked.
    let otherCA = try server.tcpAddress(
      socket, host: "localhost", parameters: "sslmode=verify-full&sslrootcert=\(server.directory)/other-ca.pem")
    XCTAssertThrowsError(
      try otherCA.open(planIdentity: conformancePlan.identity, access: .read), "a certificate another CA signed"
    ) { error in
      guard case .trouble(_, .certificateRefused) = error as? JournalError else {
        return XCTFail("the server's certificate is refused: \(error)")
      }
    }
    let otherName = try server.tcpAddress(
      socket, host: "127.0.0.1", parameters: "sslmode=verify-full&sslrootcert=\(server.directory)/ca.pem")
    XCTAssertThrowsError(
      try otherName.open(planIdentity: conformancePlan.identity, access: .read), "a certificate for another name"
    ) { error in
      guard case .trouble(_, .certificateRefused) = error as? JournalError else {
        return XCTFail("the server's certificate is refused: \(error)")
      }
    }
  }
}
