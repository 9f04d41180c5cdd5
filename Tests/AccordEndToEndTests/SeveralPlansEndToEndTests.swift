import XCTest

/// Several plans open at once (`--data` twice), driven through the real binary in tmux: the
/// dashboard opens on the plans screen, Enter opens a plan, `P` returns.
final class SeveralPlansEndToEndTests: XCTestCase {
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  static var fixture: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/fixture-next-plan.yaml"
    ).path
  }

  static var bundled: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sample-data/lao-cambodia-2023-2027.yaml").path
  }

  func test_render_prints_a_row_a_plan_and_a_one_plan_command_refuses_several() throws {
    let accord = try AccordBinary.path()
    let plans = try Subprocess.run(
      accord, ["render", "--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture, "--screen", "plans"])
    XCTAssertEqual(plans.status, 0, plans.error)
    let rows = plans.output.split(separator: "\n").filter { $0.contains("Lao PDR-Camb") || $0.contains("FIXTURE A-B") }
    XCTAssertEqual(rows.count, 2, plans.output)
    XCTAssertTrue(rows[0].contains("402") && rows[0].contains("! 4"), plans.output)
    // The watch list of the first plan shown spans both: the fixture's overdue deliverable, named fx.
    let watch = try Subprocess.run(
      accord,
      [
        "render", "--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture, "--screen", "watch",
        "--size", "120x40",
      ])
    XCTAssertEqual(watch.status, 0, watch.error)
    XCTAssertTrue(watch.output.contains("fx ! 1.2   due 2026-06, 147 days late"), watch.output)
    // Before, the last --data was shown alone and the first dropped without a word.
    for command in [["export"]] {
      let refused = try Subprocess.run(accord, command + ["--data", Self.bundled, "--data", Self.fixture])
      XCTAssertEqual(refused.status, 64, "\(command): \(refused.output)\(refused.error)")
      XCTAssertTrue(refused.error.contains("--data was given 2 times"), refused.error)
    }
  }

  func test_plans_in_the_settings_file_open_several_and_a_one_plan_command_asks_which() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-plans-\(UUID())")
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("accord"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "plans: [\(Self.bundled), \(Self.fixture)]\n".write(
      to: directory.appendingPathComponent("accord/config.yaml"), atomically: true, encoding: .utf8)
    let accord = try AccordBinary.path()
    let environment = "XDG_CONFIG_HOME=\(directory.path)"
    let plans = try Subprocess.run(
      "/usr/bin/env", [environment, accord, "render", "--today", "2026-11-24", "--screen", "plans"])
    XCTAssertEqual(plans.status, 0, plans.error)
    XCTAssertTrue(plans.output.contains("2 plans open") && plans.output.contains("FIXTURE A-B"), plans.output)
    let check = try Subprocess.run("/usr/bin/env", [environment, accord, "export"])
    XCTAssertEqual(check.status, 64, check.output)
    XCTAssertTrue(check.error.contains("config.yaml names 2 plans (plans:); give --data FILE"), check.error)
    // --data says which.
    let one = try Subprocess.run("/usr/bin/env", [environment, accord, "check", "--data", Self.fixture])
    XCTAssertEqual(one.status, 0, one.error)
  }

  func test_check_checks_each_file_and_names_the_one_a_problem_is_in() throws {
    let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).yaml")
    defer { try? FileManager.default.removeItem(at: broken) }
    try "format: accord-plan/1\nplan:\n  title: T\n  signed: 2023-02-30\n".write(
      to: broken, atomically: true, encoding: .utf8)
    let accord = try AccordBinary.path()
    let both = try Subprocess.run(
      accord, ["check", "--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture])
    XCTAssertEqual(both.status, 0, both.error)
    XCTAssertEqual(
      both.output.split(separator: "\n").map(String.init),
      [
        "\(Self.bundled): ok: 5 pillars, 29 sectors, 140 commitments, 68 meetings, 24 with evidence, 4 overdue, 15 meetings with no report on 2026-11-24",
        "\(Self.fixture): ok: 2 pillars, 2 sectors, 4 commitments, 1 meeting, 2 with evidence, 2 overdue, 0 meetings with no report on 2026-11-24",
      ])
    let one = try Subprocess.run(
      accord, ["check", "--today", "2026-11-24", "--data", Self.fixture, "--data", broken.path])
    XCTAssertEqual(one.status, 65)
    XCTAssertTrue(one.output.hasPrefix("\(Self.fixture): ok: "), one.output)
    XCTAssertTrue(one.error.contains("\(broken.path):4:11: 'signed' is not a real day"), one.error)
    XCTAssertTrue(one.error.split(separator: "\n").allSatisfy { $0.hasPrefix(broken.path + ":") }, one.error)
  }

  func test_one_report_has_a_section_a_plan_and_says_what_a_commitment_continues() throws {
    let accord = try AccordBinary.path()
    let one = try Subprocess.run(accord, ["report", "--today", "2026-11-24", "--data", Self.fixture])
    XCTAssertEqual(one.status, 0, one.error)
    let both = try Subprocess.run(
      accord, ["report", "--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture])
    XCTAssertEqual(both.status, 0, both.error)
    let headings = both.output.split(separator: "\n").filter { $0.hasPrefix("## ") }
    XCTAssertEqual(
      headings.map(String.init),
      [
        "## Lao PDR-Cambodia Action Plan 2023-2027: briefing as of 2026-11-24",
        "## FIXTURE A-B plan 2025-2029: briefing as of 2026-11-24",
      ], both.output)
    XCTAssertTrue(both.output.hasPrefix("# Briefing of 2 plans as of 2026-11-24\n"), both.output)
    XCTAssertTrue(one.output.contains("## Carried on from Lao PDR-Cambodia Action Plan 2023-2027"), one.output)
    XCTAssertTrue(one.output.contains("- **1.1** continues 16.3: A fixture deliverable due in 2025"), one.output)
    XCTAssertTrue(both.output.contains("### Carried on from Lao PDR-Cambodia Action Plan 2023-2027"), both.output)
    // Each plan's own briefing, a level down: the fixture's section is the fixture's report.
    let section = both.output.components(separatedBy: "## FIXTURE A-B plan").last ?? ""
    XCTAssertEqual(
      section.split(separator: "\n").count, one.output.split(separator: "\n").count, "the fixture's whole briefing")
    let refused = try Subprocess.run(
      accord, ["report", "--pillar", "1", "--data", Self.bundled, "--data", Self.fixture])
    XCTAssertEqual(refused.status, 64, refused.error)
    XCTAssertTrue(refused.error.contains("give --data FILE for --pillar or --agency"), refused.error)
  }

  func test_one_calendar_holds_every_plans_meetings_each_uid_with_its_plan() throws {
    let accord = try AccordBinary.path()
    func events(_ data: [String]) throws -> [String] {
      let result = try Subprocess.run(accord, ["calendar", "--today", "2026-11-24"] + data.flatMap { ["--data", $0] })
      XCTAssertEqual(result.status, 0, result.error)
      return result.output.split(separator: "\r\n").map(String.init).filter { $0.hasPrefix("UID:") }
    }
    let bundled = try events([Self.bundled])
    let fixture = try events([Self.fixture])
    let both = try events([Self.bundled, Self.fixture])
    XCTAssertEqual(fixture.count, 1)
    XCTAssertEqual(both, bundled + fixture, "one calendar: the first plan's events, then the second's")
    XCTAssertEqual(Set(both).count, both.count, "UIDs stay distinct")
  }

  func test_two_plans_open_on_the_plans_screen_and_enter_and_P_move_between_them() throws {
    let bundled = Self.bundled
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--data", bundled, "--data", Self.fixture], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["2 plans open", "FIXTURE A-B plan 2025-2029", "Lao PDR-Cambodia"])
    try pane.send("Down", "Enter")
    try pane.assertShows(["Fixture pillar one", "Fixture pillar two"], "after Enter on the fixture:")
    try pane.send("P")
    try pane.assertShows(["2 plans open"], "after P:")
    try pane.send("Up", "Enter")
    try pane.assertShows(["Political", "Multilateral"], "after Enter on the bundled plan:")
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  func test_go_to_takes_a_plans_short_id_and_asks_which_plan_for_an_id_of_both() throws {
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["2 plans open"])
    try pane.send("Enter", ":", "fx/1.2", "Enter")
    try pane.assertShows(
      ["A fixture deliverable due in June 2026 with no report."], "after :fx/1.2 from the bundled plan:")
    try pane.send(":", "1.1", "Enter")
    try pane.assertShows(["\"1.1\" is in 2 plans: type lk/1.1 or fx/1.1"])
    try pane.send(":", "16.3", "Enter")
    try pane.assertShows(
      ["Effectively implementing the bilateral trade agreement"], "16.3 is the bundled plan's alone:")
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  func test_search_in_one_plan_finds_a_commitment_of_the_other_and_enter_opens_it_in_that_plan() throws {
    let pane = try TmuxPane(
      ["--today", "2026-11-24", "--data", Self.bundled, "--data", Self.fixture], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["2 plans open"])
    // The bundled plan shown; the fixture's commitment found from it, its row naming its plan.
    try pane.send("Enter", "/", "due in june")
    try pane.assertShows(["1 result for \"due in june\"", "fx 1.2"], "searching from the bundled plan:")
    try pane.send("Enter")
    // The fixture's commitment, which the bundled plan has not: the fixture is the plan shown.
    try pane.assertShows(
      ["A fixture deliverable due in June 2026 with no report.", "Overview › Search › 1.2"], "after Enter on fx 1.2:")
    try pane.send("Escape")
    try pane.assertShows(["1 result for \"due in june\"", "fx 1.2"], "Esc comes back to the results:")
    try pane.send("P")
    try pane.assertShows(["2 plans open", "Lao PDR-Cambodia", "FIXTURE A-B plan 2025-2029"], "after P:")
    try pane.send("q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }
}
