import AccordCore
import Foundation
import PostgresTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The PostgreSQL client is `accord-postgres`, a program accord starts for a server address
/// (README, "PostgreSQL"): accord links none of it, a missing client is a clear refusal, and a
/// client that dies under a dashboard is started again.
final class PostgresClientEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  /// A bound for a loaded 2-core machine, not a goal.
  private let within = 30.0

  override func tearDown() {
    pane?.stop()
  }

  private var client: String {
    get throws { URL(fileURLWithPath: try AccordBinary.path()).deletingLastPathComponent().path + "/accord-postgres" }
  }

  /// The client's module names as `nm` shows them in mangled symbols.
  private func clientSymbols(in binary: String) throws -> [String] {
    let symbols = try Subprocess.run("/usr/bin/nm", [binary], timeout: 120)
    XCTAssertEqual(symbols.status, 0, symbols.error)
    return ["PostgresNIO", "NIOCore", "NIOPosix", "CNIOBoringSSL"].filter { symbols.output.contains($0) }
  }

  func test_accord_links_none_of_the_client_and_accord_postgres_does() throws {
    XCTAssertEqual(try clientSymbols(in: try AccordBinary.path()), [], "accord holds the client's code")
    XCTAssertEqual(
      try clientSymbols(in: try client), ["PostgresNIO", "NIOCore", "NIOPosix", "CNIOBoringSSL"],
      "the client holds it (and nm finds it)")
  }

  func test_a_client_missing_is_refused_naming_where_it_was_looked_for() throws {
    let address = "postgresql://127.0.0.1:9/accord"
    let named = try Subprocess.run(
      "/usr/bin/env", ["ACCORD_POSTGRES=/nowhere/accord-postgres", try AccordBinary.path(), "journal", "init", address])
    XCTAssertEqual(named.status, 74, named.error)
    XCTAssertEqual(
      named.error,
      "accord: \(address): the PostgreSQL client (accord-postgres) was not found at /nowhere/accord-postgres, where ACCORD_POSTGRES says it is; install it there, or unset ACCORD_POSTGRES to use the one beside accord\n"
    )

    // accord alone in a directory, as a package that forgot the client would install it.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-alone-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.copyItem(atPath: try AccordBinary.path(), toPath: directory + "/accord")
    let alone = try Subprocess.run(
      "/usr/bin/env", ["-u", "ACCORD_POSTGRES", directory + "/accord", "history", "1.1", "--journal", address])
    XCTAssertEqual(alone.status, 74, alone.error)
    XCTAssertEqual(
      alone.error,
      "accord: \(address): the PostgreSQL client (accord-postgres) was not found beside \(directory)/accord; install it there (make install does), or give its path in ACCORD_POSTGRES\n"
    )
  }

  /// Another program in its place (one that echoes what it is sent, one that ends at once) is a
  /// refusal naming it, not an outage: nothing goes to the outbox to wait for it.
  func test_a_broken_client_is_refused_naming_it_and_nothing_waits_in_the_outbox() throws {
    let address = "postgresql://127.0.0.1:9/accord"
    let echo = try Subprocess.run(
      "/usr/bin/env", ["ACCORD_POSTGRES=/bin/cat", try AccordBinary.path(), "journal", "init", address])
    XCTAssertEqual(echo.status, 74, echo.error)
    XCTAssertEqual(
      echo.error,
      "accord: \(address): the PostgreSQL client /bin/cat is broken (its answer is not one this accord reads); install the accord-postgres of this accord\n"
    )
    let update = [
      "update", "16.3", "--status", "in-progress", "--date", "2026-11-02", "--source", "JTC", "--today", "2026-11-24",
      "--journal", address,
    ]
    let ended = try Subprocess.run("/usr/bin/env", ["ACCORD_POSTGRES=/bin/true", try AccordBinary.path()] + update)
    XCTAssertEqual(ended.status, 74, ended.error)
    XCTAssertTrue(
      ended.error.hasPrefix("accord: \(address): the PostgreSQL client /bin/true is broken (it ended with status 0)"),
      ended.error)
    XCTAssertFalse(ended.output.contains("kept in"), ended.output)
  }

  /// The accord-postgres of an accord before frames (one JSON answer a line) is refused at its
  /// first answer as another version, not read as a garbled journal or waited on.
  func test_a_client_of_another_protocol_version_is_refused() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-old-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let old = directory + "/accord-postgres"
    let answer = #"{"outcome":{"value":{"_0":{"done":{}}}}}"#
    try "#!/bin/sh\nread request\nprintf '%s\\n' '\(answer)'\nexec cat >/dev/null\n".write(
      toFile: old, atomically: true, encoding: .utf8)
    chmod(old, 0o755)
    let address = "postgresql://127.0.0.1:9/accord"
    let result = try Subprocess.run(
      "/usr/bin/env", ["ACCORD_POSTGRES=\(old)", try AccordBinary.path(), "journal", "init", address], timeout: 60)
    XCTAssertEqual(result.status, 74, result.error)
    XCTAssertEqual(
      result.error,
      "accord: \(address): the PostgreSQL client \(old) is broken (its answer is not one this accord reads); install the accord-postgres of this accord\n"
    )
  }

  /// A client that says nothing (hung) does not hang accord: its silence is bounded, from the
  /// address's connect_timeout (3 x 1 s + 30 s here), and it is said unreachable.
  func test_a_client_that_says_nothing_is_given_up() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-hung-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let hung = directory + "/accord-postgres"
    try "#!/bin/sh\nexec sleep 600\n".write(toFile: hung, atomically: true, encoding: .utf8)
    chmod(hung, 0o755)
    let address = "postgresql://127.0.0.1:9/accord?connect_timeout=1"
    let result = try Subprocess.run(
      "/usr/bin/env", ["ACCORD_POSTGRES=\(hung)", try AccordBinary.path(), "journal", "init", address], timeout: 120)
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(
      result.error.contains("unreachable since")
        && result.error.contains("(the PostgreSQL client \(hung) stopped: it did not answer within 33 s)"),
      result.error)
  }

  func test_a_client_killed_under_a_dashboard_is_started_again_and_the_next_update_shows() throws {
    let server = try PostgresServer.shared.get()
    let journal = try server.database().description
    let record = { (arguments: [String]) in
      let result = try Subprocess.run(
        try AccordBinary.path(), ["update"] + arguments + ["--today", "2026-11-24", "--journal", journal])
      XCTAssertEqual(result.status, 0, result.error)
    }
    XCTAssertEqual(try Subprocess.run(try AccordBinary.path(), ["journal", "init", journal]).status, 0)
    try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal], width: 200)
    self.pane = pane
    try pane.send("t")
    try pane.assertShows(["Past (51)"])
    let accord = try pane.pid()
    let clients = { ProcessTable.descendants(of: accord).filter { ProcessTable.command($0) == "accord-postgres" } }
    var killed: [pid_t] = []
    XCTAssertTrue(
      eventually {
        killed = clients()
        return !killed.isEmpty
      }, "the dashboard runs accord-postgres")
    for pid in killed { kill(pid, SIGKILL) }

    try record(["visit-2026-king", "--status", "held", "--date", "2026-11-20", "--source", "KPL, 2026-11-21"])
    try pane.server.assertShows(["Past (52)"], "a new client reads the update:", seconds: within)
    XCTAssertFalse(try pane.capture().contains("unreachable since"), "the notice goes once the journal is read again")
    let now = clients()
    XCTAssertFalse(now.isEmpty, "a client runs again")
    XCTAssertTrue(Set(now).isDisjoint(with: killed), "a new one: \(now) after \(killed)")
  }
}
