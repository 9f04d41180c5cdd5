import AccordCore
import AccordJournal
import AccordRuntime
import AccordUI
import Foundation
import PostgresTestSupport
import Synchronization
import XCTest

/// Dashboards on one PostgreSQL journal, each through the dashboard's own `JournalWatch` (its
/// connection, `LISTEN` and reads) without a terminal: 30 dashboards in tmux are too heavy for
/// CI's 2 cores. Bounds are generous, for a loaded machine; how soon is `make bench`'s to say.
final class PostgresDashboardsTests: XCTestCase {
  let within = 60.0
  static let today = Day(year: 2026, month: 11, day: 24)

  func watch(_ address: JournalAddress) -> JournalWatch {
    let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal = { address throws(JournalError) in
      try address.open(planIdentity: conformancePlan.identity, access: .read)
    }
    return JournalWatch(
      address: address, view: PlanView(plan: conformancePlan, updates: [], today: Self.today), open: open)
  }

  func update(_ note: String) -> JournalUpdate {
    JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "in-progress", date: .day(year: 2026, month: 11, day: 2),
      note: note, source: "JTC minutes")
  }

  func writer(_ address: JournalAddress) throws -> any Journal {
    try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
  }

  /// Polls every watch as the dashboard's loop does until each shows update `number`; says the
  /// last number each shows.
  func shown(by watches: [JournalWatch], upTo number: Int, shown: inout [Int]) {
    let deadline = Date().addingTimeInterval(within)
    while shown.contains(where: { $0 < number }) && Date() < deadline {
      for (index, watch) in watches.enumerated() {
        for case .journalChanged(let view) in watch.changes() { shown[index] = view.merge.lastNumber ?? 0 }
      }
      usleep(10_000)
    }
  }

  func test_thirty_dashboards_on_one_journal_each_show_a_new_update() throws {
    let address = try PostgresServer.shared.get().database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let journal = try writer(address)
    _ = try journal.record(update("before the dashboards started"))
    let watches = (0..<30).map { _ in watch(address) }
    var numbers = [Int](repeating: 0, count: 30)
    shown(by: watches, upTo: 1, shown: &numbers)
    XCTAssertEqual(numbers, [Int](repeating: 1, count: 30), "each read the journal as it stood")

    XCTAssertEqual(try journal.record(update("while 30 watched")).id, 2)
    shown(by: watches, upTo: 2, shown: &numbers)
    XCTAssertEqual(numbers, [Int](repeating: 2, count: 30), "each shows the new update")
  }

  /// The server killed with SIGKILL while four writers record: every update a writer was told
  /// was recorded is there after the restart, under the number it was told, and a dashboard
  /// that watched throughout shows them all without being restarted.
  func test_updates_a_writer_was_told_were_recorded_survive_the_server_killed_with_sigkill() throws {
    let server = try PostgresServer()
    defer { server.stop() }
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    let dashboard = watch(address)
    var numbers = [0]
    let told = Mutex<[String: Int]>([:])
    let stopping = Mutex(false)
    let writers = DispatchGroup()
    // Only reads the test's settings, from every writer.
    nonisolated(unsafe) let test = self
    for writer in 0..<4 {
      DispatchQueue.global().async(group: writers) {
        var journal: (any Journal)?
        var attempt = 0
        while !stopping.withLock({ $0 }) {
          attempt += 1
          let note = "\(writer)-\(attempt)"
          do {
            let open = try journal ?? test.writer(address)
            journal = open
            let recorded = try open.record(test.update(note))
            told.withLock { $0[note] = recorded.id }
          } catch {
            // The server gone: opened afresh, once it is back.
            journal = nil
            usleep(50_000)
          }
        }
      }
    }
    func waitUntilTold(_ count: Int) {
      let deadline = Date().addingTimeInterval(within)
      while told.withLock({ $0.count }) < count && Date() < deadline {
        for case .journalChanged(let view) in dashboard.changes() { numbers[0] = view.merge.lastNumber ?? 0 }
        usleep(10_000)
      }
    }
    waitUntilTold(40)
    try server.crash()
    let beforeRestart = told.withLock { $0.count }
    try server.start()
    waitUntilTold(beforeRestart + 40)
    stopping.withLock { $0 = true }
    writers.wait()

    let recorded = told.withLock { $0 }
    XCTAssertGreaterThanOrEqual(recorded.count, beforeRestart + 40, "the writers went on after the restart")
    let held = try address.open(planIdentity: conformancePlan.identity, access: .read).updates(since: nil)
    let numberOf = Dictionary(held.map { ($0.note, $0.id ?? 0) }, uniquingKeysWith: { first, _ in first })
    let lost = recorded.filter { numberOf[$0.key] != $0.value }
    XCTAssertEqual(lost, [:], "told recorded, so there under that number")
    XCTAssertEqual(held.map(\.id), Array(1...held.count).map(Optional.some), "numbered without gaps or repeats")
    shown(by: [dashboard], upTo: held.count, shown: &numbers)
    XCTAssertEqual(numbers, [held.count], "the dashboard shows every update without a restart")
  }
}
