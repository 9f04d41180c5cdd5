import AccordCore
import Foundation
import PostgresTestSupport
import XCTest

/// A dashboard on a PostgreSQL journal, through the real binary in tmux: what another process
/// records shows with no key pressed (the server's notification), and after the server drops
/// the dashboard's connection the dashboard reconnects by itself and goes on showing updates;
/// an update recorded while the server is down waits in the outbox and is sent once it is back.
final class JournalServerLiveEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  /// A bound for a loaded 2-core machine, not a goal.
  private let within = 30.0

  override func tearDown() {
    pane?.stop()
  }

  private func accord(_ arguments: [String]) throws {
    let result = try Subprocess.run(try AccordBinary.path(), arguments)
    XCTAssertEqual(result.status, 0, result.error)
  }

  func test_updates_recorded_elsewhere_show_live_and_after_the_connection_is_dropped() throws {
    let server = try PostgresServer.shared.get()
    let journal = try server.database()
    guard case .server(let address) = journal else { return XCTFail("not a server") }
    try accord(["journal", "init", journal.description])
    let record = { (arguments: [String]) in
      try self.accord(["update"] + arguments + ["--today", "2026-11-24", "--journal", journal.description])
    }
    try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal.description])
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send("t")
    try pane.send("Down", "Down")
    try pane.assertShows(["Upcoming (15)"])

    try record(["visit-2026-king", "--status", "held", "--date", "2026-11-20", "--source", "KPL, 2026-11-21"])
    try pane.server.assertShows(
      ["Past (52)", "2026-11-20 visit"], "the visit moves to the past meetings:", seconds: within)

    // Every connection to the journal's database dropped by the server, the dashboard's too.
    try server.psql(
      "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(address.database ?? "")'")
    try record(["jc-16", "--status", "held", "--date", "2026-11-21", "--source", "KPL, 2026-11-22"])
    try pane.server.assertShows(["Past (53)"], "reconnected, the next update shows:", seconds: within)
  }

  func test_a_server_that_stops_is_said_unreachable_since_when_and_its_updates_come_back_with_it() throws {
    // A server of its own, as it is stopped.
    let server = try PostgresServer()
    let journal = try server.database().description
    try accord(["journal", "init", journal])
    let record = { (arguments: [String]) in
      try Subprocess.run(
        try AccordBinary.path(), ["update"] + arguments + ["--today", "2026-11-24", "--journal", journal])
    }
    XCTAssertEqual(try record(["1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"]).status, 0)
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal], width: 240)
    self.pane = pane
    try pane.send("t")
    try pane.assertShows(["Past (51)"])

    try server.halt()
    try pane.server.assertShows(["unreachable since"], "the bottom line says so:", seconds: within)
    XCTAssertTrue(try pane.capture().contains("Past (51)"), "the last updates stay on screen")
    let kept = try record(["jc-16", "--status", "held", "--date", "2026-11-21", "--source", "KPL"])
    XCTAssertEqual(kept.status, 0, "kept in the outbox while the server is down: \(kept.error)")
    XCTAssertTrue(kept.error.contains("cannot reach the journal's server, unreachable since"), kept.error)
    XCTAssertTrue(kept.output.contains("sent when the server is back (1 update waiting to be sent)"), kept.output)
    try pane.server.assertShows(
      ["1 update waiting to be sent; "], "the bottom line counts what waits:", seconds: within)
    // L words the count and the outage again in the language it switches to (then a key that
    // moves the selection only, so the notice naming the language leaves the bottom line).
    try pane.send("L")
    try pane.send("j")
    try pane.server.assertShows(
      ["1 ການອັບເດດ ລໍຖ້າສົ່ງ; ", "ເຂົ້າເຖິງເຊີບເວີຂອງບັນທຶກບໍ່ໄດ້, ຕິດຕໍ່ບໍ່ໄດ້ຕັ້ງແຕ່"], "in Lao after L:",
      seconds: within)
    try pane.send("L")
    try pane.send("L")
    try pane.send("k")
    try pane.server.assertShows(["1 update waiting to be sent; "], "English again:", seconds: within)

    // Nothing else recorded: the dashboard sends what waited once the server is back.
    try server.start()
    try pane.server.assertShows(["Past (52)"], "back with the server, with no key pressed:", seconds: within)
    XCTAssertFalse(try pane.capture().contains("unreachable since"), "the notice goes once the journal is read again")
    let history = try Subprocess.run(try AccordBinary.path(), ["history", "jc-16", "--journal", journal])
    XCTAssertEqual(history.output.split(separator: "\n").count, 1, "recorded once: \(history.output)")
  }
}
