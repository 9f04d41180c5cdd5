import Foundation
import XCTest

/// `accord report` over several plans in every format, each plan read with its own journal:
/// the fixture's journal says 1.2 is done, so its section says so, as one plan's report would.
final class ReportOverPlansEndToEndTests: XCTestCase {
  private var directory: URL!
  private var journalA: String { directory.appendingPathComponent("a.sqlite").path }
  private var journalB: String { directory.appendingPathComponent("b.sqlite").path }
  private let (bundled, fixture) = (SeveralPlansEndToEndTests.bundled, SeveralPlansEndToEndTests.fixture)

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-report-plans-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let recorded = try Subprocess.run(
      try AccordBinary.path(),
      [
        "update", "1.2", "--status", "done", "--date", "2026-11-10", "--source", "fixture letter", "--journal",
        journalB, "--data", fixture, "--today", "2026-11-24",
      ])
    XCTAssertEqual(recorded.status, 0, recorded.error)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  /// The report of both plans, each with its journal (the bundled plan's has none yet).
  private func report(_ format: String, journals: Bool = true) throws -> String {
    let file = directory.appendingPathComponent("report.\(format)").path
    let data =
      journals
      ? ["--data", bundled, "--journal", journalA, "--data", fixture, "--journal", journalB]
      : ["--data", bundled, "--data", fixture]
    let result = try Subprocess.run(
      try AccordBinary.path(),
      ["report", "--format", format, "--today", "2026-11-24", "--since", "2026-11-01", "-o", file] + data)
    XCTAssertEqual(result.status, 0, result.error)
    return file
  }

  func test_markdown_reads_each_plans_journal() throws {
    let with = try String(contentsOfFile: try report("md"), encoding: .utf8)
    let without = try String(contentsOfFile: try report("md", journals: false), encoding: .utf8)
    XCTAssertTrue(with.contains("fixture letter"), with)
    XCTAssertFalse(without.contains("fixture letter"), "no journal given, none read")
    XCTAssertFalse(FileManager.default.fileExists(atPath: journalA), "reading never creates a journal")
  }

  func test_json_holds_each_plans_briefing_under_plans() throws {
    let output = try PythonCheck.run(
      """
      import sys, json
      doc = json.load(open(sys.argv[1], encoding='utf-8'))
      print(doc['format'], doc['today'])
      print([p['id'] for p in doc['plans']], [p['briefing']['format'] for p in doc['plans']])
      fx = doc['plans'][1]['briefing']
      print(fx['plan']['short_title'], [o['id'] for o in fx['overdue']])
      print([(r['id'], r['source']) for r in fx['reported_since']])
      """, on: try report("json"))
    XCTAssertEqual(
      output,
      """
      accord-report-plans/1 2026-11-24
      ['lk', 'fx'] ['accord-report/2', 'accord-report/2']
      FIXTURE A-B plan 2025-2029 ['1.1']
      [('1.2', 'fixture letter')]

      """)
  }

  func test_csv_has_a_plan_column_first() throws {
    let output = try PythonCheck.run(
      """
      import sys, csv
      rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
      print(rows[0][:3], len(rows) - 1)
      print(sorted({r[0] for r in rows[1:]}))
      print([(r[1], r[6]) for r in rows[1:] if r[0] == 'fx'])
      """, on: try report("csv"))
    XCTAssertEqual(
      output,
      """
      ['plan', 'id', 'pillar'] 144
      ['fx', 'lk']
      [('1.1', 'unknown'), ('1.2', 'done'), ('1.3', 'done'), ('2.1', 'continuous')]

      """)
  }

  func test_html_is_one_page_with_a_section_a_plan() throws {
    let output = try PythonCheck.run(
      """
      import sys, html5lib
      raw = open(sys.argv[1], 'rb').read()
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(raw)
      print(len(doc.findall('.//h1')), doc.find('.//h1').text)
      articles = [e for e in doc.iter() if e.tag == 'article']
      print(len(articles), [a.find('.//h2').text for a in articles])
      print('fixture letter' in ''.join(articles[1].itertext()))
      """, on: try report("html"))
    XCTAssertEqual(
      output,
      """
      1 Briefing of 2 plans as of 2026-11-24
      2 ['Lao PDR-Cambodia Action Plan 2023-2027: briefing as of 2026-11-24', 'FIXTURE A-B plan 2025-2029: briefing as of 2026-11-24']
      True

      """)
  }
}
