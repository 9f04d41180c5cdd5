import Foundation
import GRDB
import XCTest

/// The journal's own words in Lao and Khmer: rows no accord wrote, as the commands and the
/// dashboard name them, and the journal's refusals of `confirm` (issue 23).
final class JournalLanguageEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  private var pane: TmuxPane?

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-journal-lang-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    pane?.stop()
    try? FileManager.default.removeItem(at: directory)
  }

  /// accord with a UTF-8 locale, no language from the environment, and `environment` added.
  private func run(_ arguments: [String], environment: [String] = []) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Subprocess.run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8"] + environment
        + [try accord] + arguments + ["--journal", journal])
  }

  private func englishRuns(_ text: String) -> [String] { LanguageOutputEndToEndTests.englishRuns(in: text) }

  func test_rows_no_accord_wrote_are_named_in_lao_by_the_commands_and_the_dashboard() throws {
    let recorded = try run(["update", "1.1", "--status", "continuous", "--date", "2026-11-01", "--source", "MOFA"])
    XCTAssertEqual(recorded.status, 0, recorded.error)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let database = try DatabaseQueue(path: journal, configuration: configuration)
    try database.write {
      try $0.execute(
        sql: """
          INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, corrects, author, recorded_at) VALUES ('commitment', '1.2', 'done', '2026-11-02', X'FF00FE', 'S', 'confirmed', NULL, 'x', '2026-11-02T00:00:00Z');
          INSERT INTO "update" (target_kind, target_id, status, date, note, source, confidence, corrects, author, recorded_at) VALUES ('commitment', '1.2', 'done', '2026-11-02', 'n', 'S', 'confirmed', 1e20, 'x', '2026-11-02T00:00:00Z');
          """)
    }
    try database.close()

    let history = try run(["history", "--lang", "lo"])
    XCTAssertEqual(history.status, 0, history.error)
    let warnings = history.error.split(separator: "\n").map(String.init)
    XCTAssertEqual(warnings.count, 2, history.error)
    XCTAssertEqual(
      warnings.first,
      "accord: warning: \(journal): ການອັບເດດ #2 ອ່ານບໍ່ໄດ້ (ຖັນ note ຂອງມັນເປັນ ຂໍ້ມູນໄບນາຣີ (blob), ບໍ່ແມ່ນຂໍ້ຄວາມ); ຈຶ່ງຖືກປະໄວ້")
    let check = try run(["journal", "check", "--lang", "km"])
    XCTAssertEqual(check.status, 65, check.error)
    for (name, text) in [("history", history.error), ("check", check.error + check.output)] {
      XCTAssertEqual(englishRuns(text), [], "\(name):\n\(text)")
    }
    XCTAssertTrue(check.error.contains("បច្ចុប្បន្នភាព #3 មិនអាចអានបាន"), check.error)

    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal, "--lang", "lo"], width: 200)
    self.pane = pane
    try pane.assertShows(["journal.sqlite: ປະແຖວທີ່ອ່ານບໍ່ໄດ້ 2 ແຖວໄວ້, ແຖວທຳອິດ #2"])
    // L, then a key that moves the selection only: the notice naming the language goes with it.
    try pane.send("L")
    try pane.assertShows(["ភាសា៖ ភាសាខ្មែរ"])
    try pane.send("j")
    try pane.assertShows(["journal.sqlite: បានទុកចោលជួរដែលមិនអាចអានបាន 2 ជួរ ជួរទីមួយ #2"], "L words it anew")
    let screen = try pane.capture()
    let bottom = screen.split(separator: "\n").last { $0.contains("journal.sqlite") }.map(String.init) ?? ""
    XCTAssertEqual(englishRuns(bottom), [], bottom)
  }

  func test_confirm_refused_to_one_who_is_not_a_coordinator_says_so_in_lao_and_khmer() throws {
    let reported = try run([
      "update", "1.1", "--status", "in-progress", "--date", "2026-11-01", "--source", "MOFA", "--confidence",
      "reported", "--today", "2026-11-24",
    ])
    XCTAssertEqual(reported.status, 0, reported.error)
    let refused = try run(["confirm", "1", "--lang", "lo"], environment: ["ACCORD_COORDINATORS=accord-no-such-group"])
    XCTAssertEqual(refused.status, 65, refused.error)
    XCTAssertEqual(
      refused.error,
      "accord: ມີແຕ່ຜູ້ປະສານງານ (ສະມາຊິກຂອງກຸ່ມ accord-no-such-group) ເທົ່ານັ້ນທີ່ຢືນຢັນການອັບເດດທີ່ລາຍງານໄດ້; ການອັບເດດ #1 ຍັງເປັນການລາຍງານຢູ່\n"
    )
    let confirmed = try run(["confirm", "1"], environment: ["ACCORD_COORDINATORS=root"])
    XCTAssertEqual(confirmed.status, 0, confirmed.error)
    let again = try run(["confirm", "2", "--lang", "km"], environment: ["ACCORD_COORDINATORS=root"])
    XCTAssertEqual(again.status, 65, again.error)
    XCTAssertEqual(again.error, "accord: បច្ចុប្បន្នភាព #2 ត្រូវបានបញ្ជាក់រួចហើយ; គ្មានអ្វីត្រូវបានកត់ត្រាទេ\n")
    let correcting = try run(["update", "1.1", "--status", "done", "--corrects", "9", "--source", "S", "--lang", "lo"])
    XCTAssertEqual(correcting.status, 65, correcting.error)
    XCTAssertEqual(correcting.error, "accord: ບໍ່ມີການອັບເດດ 9 ໃຫ້ແກ້ໄຂ\n")
    let crossing = try run(["update", "1.2", "--status", "done", "--corrects", "2", "--source", "S", "--lang", "km"])
    XCTAssertEqual(crossing.status, 65, crossing.error)
    XCTAssertEqual(
      crossing.error,
      "accord: បច្ចុប្បន្នភាព #2 គឺអំពីការប្តេជ្ញា 1.1 មិនមែន 1.2 ទេ៖ ការកែតម្រូវត្រូវចង្អុលបច្ចុប្បន្នភាពនៃ 1.2 ឬចំណុចសំខាន់របស់វា\n")
    for text in [refused.error, again.error, correcting.error, crossing.error] {
      XCTAssertEqual(englishRuns(text), [], text)
    }
    // In English, as before.
    let english = try run(["confirm", "1"], environment: ["ACCORD_COORDINATORS=accord-no-such-group"])
    XCTAssertEqual(
      english.error,
      "accord: only a coordinator (a member of the group accord-no-such-group) confirms a reported update; update #1 stays reported\n"
    )
  }
}
