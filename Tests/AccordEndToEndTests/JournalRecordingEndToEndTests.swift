import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// What the README's journal section promises of recording and reading, through the binary:
/// where the journal is found, what an update takes, who recorded it, and what `history` and
/// `export` give back.
final class JournalRecordingEndToEndTests: XCTestCase {
  private var accord: String!
  private var directory: URL!

  override func setUpWithError() throws {
    accord = try AccordBinary.path()
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-recording-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(at: directory) }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// `accord arguments` with `settings` (`NAME=value`) added to the test's environment.
  private func run(_ settings: [String], _ arguments: [String]) throws -> (status: Int32, output: String, error: String)
  {
    try Subprocess.run("/usr/bin/env", settings + [accord] + arguments)
  }

  private func record(_ settings: [String], _ extra: [String] = []) throws {
    let result = try run(
      settings, ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--today", "2026-11-24"] + extra)
    XCTAssertEqual(result.status, 0, result.error)
  }

  func test_the_journal_is_found_by_flag_then_environment_then_config_then_xdg_then_home() throws {
    let home = "HOME=" + path("home")
    let config = path("config/accord/config.yaml")
    try FileManager.default.createDirectory(atPath: path("config/accord"), withIntermediateDirectories: true)
    try "journal: \(path("configured.sqlite"))\n".write(toFile: config, atomically: true, encoding: .utf8)
    let configured = "XDG_CONFIG_HOME=" + path("config")

    try record([home])
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: path("home/.local/share/accord/journal.sqlite")), "the home default")
    try record([home, "XDG_DATA_HOME=" + path("data")])
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("data/accord/journal.sqlite")), "XDG_DATA_HOME")
    try record([home, "XDG_DATA_HOME=" + path("data"), configured])
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("configured.sqlite")), "journal: in config.yaml")
    try record([home, configured, "ACCORD_JOURNAL=" + path("environment.sqlite")])
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("environment.sqlite")), "ACCORD_JOURNAL over the config")
    try record([home, configured, "ACCORD_JOURNAL=" + path("environment.sqlite")], ["--journal", path("flag.sqlite")])
    XCTAssertTrue(FileManager.default.fileExists(atPath: path("flag.sqlite")), "--journal over everything")

    // Each place got exactly the update recorded there: history reads from the same place.
    for (settings, expected) in [
      ([home], 1), ([home, "XDG_DATA_HOME=" + path("data")], 1), ([home, configured], 1),
      ([home, configured, "ACCORD_JOURNAL=" + path("environment.sqlite")], 1),
    ] {
      let history = try run(settings, ["history"])
      XCTAssertEqual(history.status, 0, history.error)
      XCTAssertEqual(history.output.split(separator: "\n").count, expected, "\(settings): \(history.output)")
    }
  }

  func test_an_update_keeps_its_address_and_confidence_and_a_future_date_only_for_a_meeting_to_come() throws {
    let journal = ["--journal", path("j.sqlite"), "--today", "2026-11-24"]
    let recorded = try run(
      [],
      [
        "update", "16.3", "--status", "done", "--date", "2026-11", "--source", "KPL",
        "--url", "https://kpl.gov.la/x", "--confidence", "reported",
      ] + journal)
    XCTAssertEqual(recorded.status, 0, recorded.error)
    let json = try run([], ["history", "16.3", "--format", "json", "--journal", path("j.sqlite")])
    let updates = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    XCTAssertEqual(updates.first?["url"] as? String, "https://kpl.gov.la/x")
    XCTAssertEqual(updates.first?["confidence"] as? String, "reported")

    let commitment = try run(
      [], ["update", "16.3", "--status", "done", "--date", "2026-12-01", "--source", "KPL"] + journal)
    XCTAssertEqual(commitment.status, 65)
    XCTAssertTrue(commitment.error.contains("2026-12-01 is after today (2026-11-24)"), commitment.error)
    let held = try run(
      [], ["update", "jc-16", "--status", "held", "--date", "2027-02-10", "--source", "MOFA"] + journal)
    XCTAssertEqual(held.status, 65, "a meeting cannot be held in the future")
    for status in ["planned", "postponed"] {
      let ahead = try run(
        [], ["update", "jc-16", "--status", status, "--date", "2027-02-10", "--source", "MOFA"] + journal)
      XCTAssertEqual(ahead.status, 0, "\(status): \(ahead.error)")
    }
    let unknown = try run(
      [], ["update", "16.3", "--status", "done", "--source", "KPL", "--confidence", "maybe"] + journal)
    XCTAssertEqual(unknown.status, 65)
    XCTAssertTrue(unknown.error.contains("'maybe' is not a confidence; expected confirmed or reported"), unknown.error)
  }

  func test_history_since_a_day_lists_only_what_happened_from_that_day() throws {
    for date in ["2026-01-15", "2026-06-01", "2026-11-20"] {
      try record([], ["--date", date, "--journal", path("j.sqlite")])
    }
    let since = try run([], ["history", "1.1", "--since", "2026-06-01", "--journal", path("j.sqlite")])
    XCTAssertEqual(since.status, 0, since.error)
    XCTAssertEqual(
      since.output.split(separator: "\n").map { String($0.prefix(15)) }, ["#2  2026-06-01 ", "#3  2026-11-20 "])
  }

  /// An account whose full name (GECOS) is not its name: Debian's `list`, "Mailing List Manager",
  /// when the tests run as root; else the tests' own account.
  func test_the_full_name_from_gecos_is_recorded_shown_and_exported() throws {
    let account = geteuid() == 0 ? Account(uid: "38", gid: "38") : Account(uid: "\(geteuid())", gid: "\(getegid())")
    let entry = try XCTUnwrap(getpwuid(uid_t(account.uid)!), "no passwd entry for uid \(account.uid)")
    let name = String(cString: entry.pointee.pw_name)
    let fullName = String(cString: entry.pointee.pw_gecos).split(separator: ",").first.map(String.init) ?? name
    chmod(directory.path, 0o777)
    let journal = path("j.sqlite")
    let recorded = try account.run(
      accord,
      ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--today", "2026-11-24", "--journal", journal])
    XCTAssertEqual(recorded.status, 0, recorded.error)
    let history = try run([], ["history", "--journal", journal])
    XCTAssertTrue(history.output.contains("  \(fullName) (\(name))  "), history.output)
    let export = try run([], ["export", "--journal", journal])
    XCTAssertTrue(export.output.contains("recorded_by: \"\(name)\"\n"), export.output)
    XCTAssertTrue(export.output.contains("recorded_by_name: \"\(fullName)\"\n"), export.output)
  }

  func test_export_writes_every_update_whatever_today_says() throws {
    try record([], ["--date", "2026-11-20", "--journal", path("j.sqlite")])
    for today in ["2023-03-01", "2026-11-24", "2027-12-31"] {
      let export = try run([], ["export", "--journal", path("j.sqlite"), "--today", today])
      XCTAssertEqual(export.status, 0, export.error)
      XCTAssertTrue(export.output.contains("journal_update: 1\n"), "--today \(today) left the update out")
    }
  }
}
