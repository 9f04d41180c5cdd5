import AccordCore
import AccordJournal
import AccordRuntime
import AccordUI
import Foundation
import PostgresTestSupport
import XCTest

/// The README's "Two sites" section followed literally, its commands and SQL read from
/// README.md: two servers (Vientiane's and Phnom Penh's) with their own data directories, ports
/// and `wal_level=logical`; each site's journal made with `journal init --site`, its
/// replication role, publication and subscription as the section says.
final class TwoSitesTests: XCTestCase {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "../../README.md")

  /// The section's fenced blocks, each with the site its first line names (`-- at Vientiane`).
  struct Section {
    var commands: [String] = []
    var sql: [(site: String, text: String)] = []

    init() throws {
      let readme = try String(contentsOf: TwoSitesTests.readme, encoding: .utf8)
      guard
        let section = readme.components(separatedBy: "\n## Two sites: a journal at each foreign ministry\n")
          .dropFirst().first?.components(separatedBy: "\n## ").first
      else { throw Command.Failure(description: "README.md has no section \"Two sites\"") }
      var open: (info: String, lines: [String])?
      for raw in section.split(separator: "\n", omittingEmptySubsequences: false) {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("```") {
          if let block = open {
            if block.info == "sh" { commands += block.lines.filter { !$0.isEmpty } }
            if block.info == "sql", let first = block.lines.first {
              sql.append((first, block.lines.joined(separator: "\n")))
            }
            open = nil
          } else {
            open = (String(line.dropFirst(3)), [])
          }
        } else if open != nil {
          // Indented under a numbered step: the block's own indentation is kept past it.
          open?.lines.append(raw.hasPrefix("   ") ? String(raw.dropFirst(3)) : String(raw))
        }
      }
    }
  }

  let hosts = ["lao": "db.mofa.gov.la", "kh": "db.mfaic.gov.kh"]

  /// The section's text with each site's host and port made the test server's.
  func local(_ text: String, _ servers: [String: PostgresServer]) -> String {
    var text = text
    for (site, host) in hosts {
      guard let server = servers[site] else { continue }
      let socket = server.directory.replacingOccurrences(of: "/", with: "%2F")
      text = text.replacingOccurrences(of: "\(host):5432", with: "\(socket):\(server.port)")
      text = text.replacingOccurrences(
        of: "host=\(host) port=5432", with: "host=\(server.directory) port=\(server.port)")
    }
    return text
  }

  func accord(_ arguments: [String]) throws -> String {
    let binary = Bundle.main.bundleURL.appendingPathComponent("accord").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw Command.Failure(description: "no accord binary at \(binary): run `swift build` before `swift test`")
    }
    return try Command.run(binary, arguments, timeout: 60)
  }

  func journal(_ server: PostgresServer) throws -> JournalAddress {
    try JournalAddress(
      parsing:
        "postgresql://\(PostgresServer.superuser)@\(server.directory.replacingOccurrences(of: "/", with: "%2F")):\(server.port)/accord"
    )
  }

  func notes(_ address: JournalAddress) throws -> [Int: String] {
    let updates = try address.open(planIdentity: conformancePlan.identity, access: .read).updates(since: nil)
    return Dictionary(updates.map { ($0.id ?? 0, $0.note) }, uniquingKeysWith: { first, _ in first })
  }

  /// Polls until both sites hold the same updates, `count` of them, or `seconds` pass.
  func waitForSameUpdates(_ lao: JournalAddress, _ kh: JournalAddress, count: Int, seconds: Double) throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      let (here, there) = (try notes(lao), try notes(kh))
      if here.count == count && here == there { return true }
      usleep(50_000)
    } while Date() < deadline
    return false
  }

  /// `count` updates recorded at each site at once, notes `prefix-site-n`.
  func recordAtBothSites(_ addresses: [String: JournalAddress], count: Int, prefix: String) {
    let failures = Failures()
    let sites = Array(addresses)
    DispatchQueue.concurrentPerform(iterations: sites.count) { index in
      let (site, address) = sites[index]
      do {
        let journal = try address.open(
          planIdentity: conformancePlan.identity, access: .write, corrections: CorrectionScope(plan: conformancePlan))
        for number in 0..<count {
          _ = try journal.record(
            JournalUpdate(
              targetKind: .commitment, targetID: "16.3", status: "in-progress",
              date: .day(year: 2026, month: 11, day: 2),
              note: "\(prefix)-\(site)-\(number)", source: "JTC minutes"))
        }
      } catch {
        failures.add("\(site): \(error)")
      }
    }
    XCTAssertEqual(failures.all, [])
  }

  func test_the_readme_two_site_section_replicates_both_ways_and_catches_up_after_the_link_returns() throws {
    let section = try Section()
    XCTAssertEqual(section.commands.count, 2, "the two journal init commands")
    XCTAssertEqual(section.sql.count, 5, "the replication role, two publications, two subscriptions")
    // The README's setting, and a link cut for seconds rather than hours: PostgreSQL waits
    // wal_retrieve_retry_interval (5 s) before starting again a subscription's worker that
    // stopped, which the test's disabling did a moment before.
    let settings = ["wal_level=logical", "wal_retrieve_retry_interval=1s"]
    let servers = ["lao": try PostgresServer(settings: settings), "kh": try PostgresServer(settings: settings)]
    defer { for server in servers.values { server.stop() } }
    for server in servers.values { try server.psql("postgres", "CREATE DATABASE accord") }

    for command in section.commands {
      let words = local(command, servers).split(separator: " ").map(String.init)
      XCTAssertEqual(words.first, "accord", command)
      let made = try accord(Array(words.dropFirst()))
      XCTAssertTrue(made.hasPrefix("made: "), made)
    }
    for (heading, text) in section.sql {
      let sites = heading.contains("each site") ? ["lao", "kh"] : heading.contains("Vientiane") ? ["lao"] : ["kh"]
      XCTAssertTrue(heading.hasPrefix("-- at "), "each block names its site: \(heading)")
      for site in sites { try servers[site]!.psqlScript("accord", local(text, servers)) }
    }
    let lao = try journal(servers["lao"]!)
    let kh = try journal(servers["kh"]!)

    // A dashboard at Phnom Penh, watching throughout: it learns of Vientiane's updates as they
    // arrive by replication (which notifies as a local insert does), without polling the table.
    let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal = { address throws(JournalError) in
      try address.open(planIdentity: conformancePlan.identity, access: .read)
    }
    let dashboard = JournalWatch(
      address: kh, view: PlanView(plan: conformancePlan, updates: [], today: Day(year: 2026, month: 11, day: 24)),
      open: open)
    var shown = 0
    func look() {
      for case .journalChanged(let view) in dashboard.changes() { shown = view.merge.updates.count }
    }
    func showUntil(_ count: Int) {
      let deadline = Date().addingTimeInterval(60)
      while shown < count && Date() < deadline {
        look()
        usleep(10_000)
      }
    }
    look()

    recordAtBothSites(["lao": lao, "kh": kh], count: 20, prefix: "together")
    XCTAssertTrue(try waitForSameUpdates(lao, kh, count: 40, seconds: 60), "both sites hold all 40")
    let ids = try notes(lao).keys.sorted()
    XCTAssertEqual(ids, Array(1...40), "Vientiane's odd, Phnom Penh's even: no number recorded twice")

    for (site, subscription) in [("lao", "accord_from_kh"), ("kh", "accord_from_lao")] {
      try servers[site]!.psql("accord", "ALTER SUBSCRIPTION \(subscription) DISABLE")
    }
    recordAtBothSites(["lao": lao, "kh": kh], count: 5, prefix: "cut")
    XCTAssertEqual(try notes(lao).count, 45, "Vientiane goes on recording, its own only")
    XCTAssertEqual(try notes(kh).count, 45, "Phnom Penh too")
    showUntil(45)
    XCTAssertEqual(shown, 45, "the dashboard at Phnom Penh shows what its site holds")
    for (site, subscription) in [("lao", "accord_from_kh"), ("kh", "accord_from_lao")] {
      try servers[site]!.psql("accord", "ALTER SUBSCRIPTION \(subscription) ENABLE")
    }
    let enabled = Date()
    XCTAssertTrue(try waitForSameUpdates(lao, kh, count: 50, seconds: 10), "the same 50 within 10 s of the link")
    print(
      "TwoSitesTests: both sites held the same 50 updates \(Date().timeIntervalSince(enabled)) s after the link returned"
    )

    for (site, server) in servers {
      let held = try server.psql(
        "accord", "SELECT 'lao ' || (SELECT count(*) FROM updates_lao) || ', kh ' || (SELECT count(*) FROM updates_kh)")
      XCTAssertTrue(held.contains("lao 25, kh 25"), "each site's updates in its own partition at \(site): \(held)")
    }

    // Only replication writes at Phnom Penh now: its notification is all the dashboard hears.
    showUntil(50)
    XCTAssertEqual(shown, 50, "the dashboard at Phnom Penh shows Vientiane's updates as they arrive")

    let history = try accord(["history", "16.3", "--journal", lao.description])
    XCTAssertTrue(history.contains("accord@lao"), history)
    XCTAssertTrue(history.contains("accord@kh"), "the other site's updates name their site: \(history)")
  }
}
