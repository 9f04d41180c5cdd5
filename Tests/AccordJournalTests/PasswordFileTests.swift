import AccordPostgres
import Foundation
import XCTest

/// Passwords as libpq finds them: PGPASSFILE or ~/.pgpass, the first matching line, `*` for any
/// value, `\:` for a colon; a file others may read is not used.
final class PasswordFileTests: XCTestCase {
  let file = "/tmp/accord-pgpass-\(UUID().uuidString)"

  override func tearDown() { unlink(file) }

  func write(_ text: String, mode: mode_t = 0o600) throws {
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    chmod(file, mode)
  }

  func password(
    host: String = "db.mofa.gov.la", port: Int = 5432, database: String = "accord", user: String = "somchai"
  ) -> String? {
    PasswordFile.password(
      host: host, port: port, database: database, user: user, environment: ["PGPASSFILE": file, "HOME": "/nonexistent"])
  }

  func test_the_first_matching_line_with_wildcards_and_escapes() throws {
    try write(
      """
      # comment
      db.mofa.gov.la:5432:other:somchai:not-this-one
      db.mofa.gov.la:*:accord:somchai:pa\\:ss\\\\word
      *:*:*:*:fallback
      localhost:5433:accord:somchai:socket
      """)
    XCTAssertEqual(password(), "pa:ss\\word")
    XCTAssertEqual(password(user: "somsak"), "fallback")
    XCTAssertEqual(
      password(host: "/run/postgresql", port: 5433), "fallback",
      "a socket is localhost, but the wildcard line comes first")
  }

  func test_a_file_others_may_read_or_none_gives_no_password() throws {
    try write("*:*:*:*:secret\n", mode: 0o644)
    XCTAssertNil(password(), "libpq ignores a password file others may read")
    chmod(file, 0o600)
    XCTAssertEqual(password(), "secret")
    unlink(file)
    XCTAssertNil(password())
    XCTAssertEqual(PasswordFile.path(environment: ["HOME": "/home/somchai"]), "/home/somchai/.pgpass")
  }
}
