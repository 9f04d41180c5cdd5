import AccordCore
import AccordJournal
import AccordRuntime
import Foundation
import PostgresTestSupport
import Synchronization
import XCTest

/// A watch reads a server's updates in the order they arrived there, from the last it saw on.
/// Replication applies another site's update in a transaction of its own, beside this site's
/// writers: if its place in that order were taken before it commits, a writer here could commit
/// a later place first, the watch read past it, and the dashboard never show the other site's
/// update (TwoSitesTests saw 44 of 45 under load).
final class PostgresArrivalOrderTests: XCTestCase {
  static let today = Day(year: 2026, month: 11, day: 24)

  func test_an_update_replicated_while_one_is_recorded_here_is_never_missed() throws {
    let server = try PostgresServer.shared.get()
    let address = try server.database()
    _ = try address.initialize(planIdentity: conformancePlan.identity, site: "kh")
    let writer = try address.open(
      planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
    let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal = { address throws(JournalError) in
      try address.open(planIdentity: conformancePlan.identity, access: .read)
    }
    let watch = JournalWatch(
      address: address, view: PlanView(plan: conformancePlan, updates: [], today: Self.today), open: open)
    var shown: [String] = []
    func look(for seconds: Double, until done: () -> Bool = { false }) {
      let deadline = Date().addingTimeInterval(seconds)
      repeat {
        for case .journalChanged(let view) in watch.changes() { shown = view.merge.updates.map(\.note) }
        usleep(10_000)
      } while !done() && Date() < deadline
    }
    _ = try writer.record(update("recorded at Phnom Penh first"))
    look(for: 60) { shown.count == 1 }
    XCTAssertEqual(shown, ["recorded at Phnom Penh first"])

    // Vientiane's update as replication applies it: a replica session's insert into its
    // partition, left open while Phnom Penh records.
    guard case .server(let serverAddress) = address, let database = serverAddress.database else {
      return XCTFail("not a server's address: \(address)")
    }
    let replication = try PSQLSession(server: server, database: database)
    try replication.run(
      """
      BEGIN;
      SET LOCAL session_replication_role = replica;
      INSERT INTO updates_lao (id, target_kind, target_id, status, date, note, source, confidence, author, recorded_at, site)
        VALUES (1, 'commitment', '16.3', 'in-progress', '2026-11-02', 'replicated from Vientiane', 'JTC', 'confirmed',
          'somchai@lao', '2026-11-24T01:00:00Z', 'lao');
      """)
    let recorded = Atomic(false)
    let beside = update("recorded at Phnom Penh while it was applied")
    let recording = Thread {
      _ = try? writer.record(beside)
      recorded.store(true, ordering: .sequentiallyConsistent)
    }
    recording.start()
    // Where the place is taken before the lock, the update recorded here commits at once and
    // the watch reads it (and past the replicated one); where it is taken under the lock, the
    // writer waits for the replication's commit, and nothing new shows meanwhile.
    look(for: 5) { shown.count == 2 }
    XCTAssertFalse(recorded.load(ordering: .sequentiallyConsistent), "the writer here waits its turn")
    try replication.run("COMMIT;")
    look(for: 60) { shown.count == 3 }
    XCTAssertEqual(
      Set(shown),
      ["recorded at Phnom Penh first", "replicated from Vientiane", "recorded at Phnom Penh while it was applied"],
      "the watch shows the replicated update as well as the one recorded beside it")
    replication.close()
  }

  func update(_ note: String) -> JournalUpdate {
    JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "in-progress", date: .day(year: 2026, month: 11, day: 2),
      note: note, source: "JTC minutes")
  }
}

/// One psql session kept open, so that a transaction can wait between statements.
final class PSQLSession {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()

  init(server: PostgresServer, database: String) throws {
    process.executableURL = URL(fileURLWithPath: server.bin + "/psql")
    process.arguments = [
      "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.directory, "-p", "\(server.port)", "-U",
      PostgresServer.superuser, "-d", database,
    ]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
  }

  /// Sends `sql` and waits until psql has run it (it echoes a marker after it).
  func run(_ sql: String) throws {
    let marker = "done-\(UUID().uuidString.prefix(8))"
    input.fileHandleForWriting.write(Data((sql + "\n\\echo \(marker)\n").utf8))
    var said = ""
    let deadline = Date().addingTimeInterval(60)
    while !said.contains(marker) && Date() < deadline && process.isRunning {
      said += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    }
    if !said.contains(marker) { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: said]) }
  }

  func close() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
