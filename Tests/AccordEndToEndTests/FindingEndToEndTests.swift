import XCTest

/// Finding things through the real binary in tmux: `/`, `n`/`N`, `:`, `a`, `w` and the links
/// both ways, and the kiosk ignoring all of them.
final class FindingEndToEndTests: XCTestCase {
  static let pillars = DashboardEndToEndTests.pillars
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  private func start(_ extra: [String] = []) throws -> TmuxPane {
    let pane = try TmuxPane(["--today", "2026-11-24"] + extra, width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(extra.contains("--kiosk") ? ["/8 "] : Self.pillars)
    return pane
  }

  private func type(_ pane: TmuxPane, _ text: String) throws {
    for character in text { try pane.send(String(character)) }
  }

  /// The row the selection marker is on.
  private func selectedRow(_ pane: TmuxPane) throws -> String? {
    try pane.capture().split(separator: "\n").first { $0.hasPrefix(">") }.map(String.init)
  }

  func test_slash_searches_as_you_type_enter_opens_and_escape_clears() throws {
    let pane = try start()
    try type(pane, "/touris")
    try pane.assertShows(["results for \"touris\"", "Commitments (", "/touris_"], "after /touris:")
    try type(pane, "m")
    try pane.assertShows(["results for \"tourism\""], "after one more letter:")
    try pane.send("Enter")
    try pane.assertShows(
      ["Overview › Search › 22 Tourism"], "after Enter on the first result, the Tourism sector, with the way back:")
    try pane.send("Escape")
    try pane.assertShows(["results for \"tourism\""], "Back returns to the results:")
    try pane.send("/")
    try pane.assertShows(["/tourism_"], "/ edits the same query:")
    try pane.send("Escape")
    try pane.assertShows(Self.pillars, "Esc clears the search:")
  }

  func test_n_and_N_step_through_the_matches_of_the_list() throws {
    let pane = try start()
    try type(pane, "/tourism")
    try pane.assertShows(["results for \"tourism\""])
    try pane.send("Enter")
    try pane.assertShows(["Overview › Search › 22 Tourism"])
    try pane.send("Escape")
    try pane.assertShows(["results for \"tourism\""])
    let first = try selectedRow(pane)
    try pane.send("n")
    XCTAssertTrue(try eventually { try selectedRow(pane) != first }, "n did not move the selection")
    try pane.send("N")
    XCTAssertTrue(try eventually { try selectedRow(pane) == first }, "N did not come back")
  }

  func test_colon_goes_to_an_id_with_completion() throws {
    let pane = try start()
    try type(pane, ":16.")
    try pane.assertShows([":16._", "16.1  16.2  16.3"], "after :16.:")
    try type(pane, "3")
    try pane.send("Enter")
    try pane.assertShows(["16.3", "Effectively implementing the bilateral trade agreement"], "after :16.3 Enter:")
    try type(pane, ":jc-1")
    try pane.send("Tab")
    try pane.assertShows([":jc-14_"], "Tab completes:")
  }

  func test_a_lists_agencies_and_enter_lists_one_agencys_commitments() throws {
    let pane = try start()
    try pane.send("a")
    try pane.assertShows(["agencies the plan names", "held"], "after a:")
    try pane.send("Enter")
    // The first body by name, with its count, then its three commitments' rows (sector 3's, which
    // its text names or, naming no body, its sector's line ministries): a fourth row would not do.
    try pane.assertShows(
      ["Overview › Agencies › Anti-Corruption Unit (ACU) (Cambodia)"], "after Enter on the first agency:")
    let rows = try pane.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(
      rows[1].trimmingCharacters(in: .whitespaces), "Anti-Corruption Unit (ACU) (Cambodia) · 3 commitments")
    XCTAssertTrue(rows[3].hasPrefix("> 3.1 "), rows[3])
    XCTAssertTrue(rows[5].hasPrefix("  3.3 "), rows[5])
    XCTAssertEqual(rows[6].trimmingCharacters(in: .whitespaces), "", "three commitments listed, not more: \(rows[6])")
  }

  func test_w_opens_the_watch_list() throws {
    let pane = try start()
    try pane.send("w")
    try pane.assertShows(
      [
        "Watch list", "Meetings with no report (15)", "Meetings in the next 90 days",
        "Overdue milestones and deliverables (8)",
      ], "after w:")
  }

  func test_enter_follows_the_links_between_commitments_and_meetings() throws {
    let pane = try start()
    try type(pane, ":16.3")
    try pane.send("Enter")
    try pane.assertShows(["Effectively implementing the bilateral trade agreement"])
    try pane.send("Enter")
    try pane.assertShows(["Meetings that name 16.3"], "Enter on a commitment:")
    try pane.send("Enter")
    try pane.assertShows(["Joint Trade Commission", "Commitments ("], "Enter on one of its meetings:")
    try pane.send("Enter")
    try pane.assertShows(["Commitments of"], "Enter on the meeting:")
  }

  func test_the_kiosk_ignores_the_finding_keys() throws {
    let pane = try start(["--kiosk", "--cycle", "1"])
    let pid = try pane.pid()
    for key in ["/", "t", ":", "a", "w", "n", "N", "Enter"] { try pane.send(key) }
    // The cycle goes on: the page number moves after the keys.
    let page = { () throws -> String? in
      guard let band = try pane.capture().split(separator: "\n").first else { return nil }
      return band.range(of: #"\d/8 "#, options: .regularExpression).map { String(band[$0]) }
    }
    let first = try page()
    XCTAssertTrue(try eventually { try page() != first }, "the cycle stopped after the finding keys")
    XCTAssertTrue(ProcessTable.isRunning(pid))
    let screen = try pane.capture()
    for word in ["results for", "agencies the plan names", "Watch list", "Tab completes"] {
      XCTAssertFalse(screen.contains(word), "the kiosk showed \(word):\n\(TmuxServer.framed(screen))")
    }
  }

  func test_f_filters_every_screen_until_cleared() throws {
    let pane = try start()
    try pane.send("f")
    try pane.assertShows(["Filters", "o  overdue only"], "after f:")
    try pane.send("o")
    try pane.send("Escape")
    try pane.assertShows(["filtered: overdue", "4 sectors · 0 commitments"], "after o:")
    // Directly under the header: the overview's four rows, the timeline's title bar.
    XCTAssertEqual(try filterRow(pane), 4, (try? pane.capture()) ?? "")
    try pane.send("t")
    try pane.assertShows(["filtered: overdue", "Upcoming"], "the timeline says so too:")
    XCTAssertTrue(try eventually { try filterRow(pane) == 1 }, (try? pane.capture()) ?? "")
    try pane.send("f")
    try pane.send("x")
    try pane.send("Escape")
    XCTAssertTrue(try eventually { !(try pane.capture().contains("filtered:")) }, "x did not clear the filters")
  }

  /// The row the filter line is on.
  private func filterRow(_ pane: TmuxPane) throws -> Int? {
    try pane.capture().split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.hasPrefix(" filtered: ")
    }
  }

  func test_a_result_found_by_its_source_quotes_it() throws {
    let pane = try start()
    try type(pane, "/laotian times")
    try pane.assertShows(
      ["results for \"laotian times\"", "source: Laotian Times, 2024-03-27"], "after /laotian times:")
  }

  func test_m_opens_the_next_meeting() throws {
    let pane = try start()
    // The header names the next meeting; m opens that one.
    let header = try pane.capture().split(separator: "\n").first { $0.contains("Next meeting:") }
    let title = try XCTUnwrap(header?.components(separatedBy: " · ").last?.trimmingCharacters(in: .whitespaces))
      .replacingOccurrences(of: "…", with: "")
    try pane.send("m")
    try pane.assertShows(["Overview › Timeline › " + String(title.prefix(30)), "Commitments ("], "after m:")
  }
}
