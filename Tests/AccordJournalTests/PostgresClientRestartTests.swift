import AccordCore
import AccordJournal
import Foundation
import PostgresTestSupport
import XCTest

/// A PostgreSQL journal is reached through `accord-postgres`, a process of its own: one that
/// dies under an open journal is said as a dropped connection is, and the next call starts a new
/// one, with nothing recorded lost or recorded twice.
final class PostgresClientRestartTests: XCTestCase {
  /// This process's `accord-postgres` children.
  private func clients() -> Set<pid_t> {
    var found: Set<pid_t> = []
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
        let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
      else { continue }
      let command = stat[stat.index(after: open)..<close]
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if command == "accord-postgres", fields.count > 1, fields[0] != "Z", pid_t(fields[1]) == getpid() {
        found.insert(pid)
      }
    }
    return found
  }

  func test_a_client_killed_is_said_unreachable_and_the_next_call_starts_another() throws {
    let address = try PostgresServer.shared.get().database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let before = clients()
    let journal = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    let update = JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "in-progress", date: .day(year: 2026, month: 11, day: 2),
      note: "before", source: "JTC minutes")
    _ = try journal.record(update)
    let token = try journal.changeToken()
    let started = clients().subtracting(before)
    XCTAssertEqual(started.count, 1, "one client for the journal opened")
    for pid in started {
      kill(pid, SIGKILL)
      // The journal reaps it; here it is only waited for (a zombie is not counted).
      for _ in 0..<250 where clients().contains(pid) { usleep(20_000) }
    }

    XCTAssertThrowsError(try journal.updates(since: nil), "the call the client died under") { error in
      guard case .unreachable(let outage) = error as? JournalError,
        case .clientStopped(let client, let reason) = outage.cause
      else { return XCTFail("\(error)") }
      XCTAssertTrue(client.hasSuffix("accord-postgres"), client)
      XCTAssertEqual(reason, .signalled(9))
    }
    var after = update
    after.note = "after"
    XCTAssertEqual(try journal.record(after).note, "after", "the next call starts a new client")
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["before", "after"])
    XCTAssertNotEqual(try journal.changeToken(), token, "a new client's count is a change")
    XCTAssertEqual(clients().subtracting(before).subtracting(started).count, 1, "one new client")
  }
}
