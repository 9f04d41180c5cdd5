import Foundation
import XCTest

/// `accord report` in each format, read back by a real parser, on the bundled plan and on a
/// plan whose text tries HTML, CSV and terminal injection.
final class ReportEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  /// Writes the report with `-o` and gives the file's path.
  func report(_ arguments: [String], suffix: String) throws -> String {
    let file = PythonCheck.temporaryFile(suffix)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
    let result = try Subprocess.run(try accord, ["report"] + arguments + ["-o", file])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertEqual(result.output, "", "with -o nothing goes to standard output")
    return file
  }

  func test_markdown_briefs_the_bundled_plan_as_of_a_day() throws {
    let result = try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "--since", "2025-11-01"])
    XCTAssertEqual(result.status, 0, result.error)
    let text = result.output
    for expected in [
      "# Lao PDR-Cambodia Action Plan 2023-2027: briefing as of 2026-11-24",
      "- 402 days to the period's end (2027-12-31)", "- 446 days to the end of validity (2028-02-13)",
      "- Period gone: 78% (from 2023-01-01)", "- Deliverables done: 3 of 30 (10%)", "- Milestones done: 0 of 13 (0%)",
      "## Pillar III: Economic and Technical",
      "- **16.3b** (due 2024, 693 days overdue, no report): the annual Joint Trade Commission (JTC) Meeting, 2024; 16.3 Trade and Investment, Effectively",
      "## Meetings reported since 2025-11-01",
      "meeting jc-15: 15th Lao-Cambodia Joint Commission on Bilateral Cooperation, Vientiane (source: KPL, 2025-11-28",
      "## Meetings with no report", "## Annex: commitments with no report", "| 16 Trade and Investment",
      "## References",
      "(source: [KPL, 2026-05-26, \"Laos and Cambodia Partner on Cross-Border Power Grid Study\" (\"held yesterday, 25 May 2026\")](https://kpl.gov.la/EN/detail.aspx?id=101334))",
    ] {
      XCTAssertTrue(text.contains(expected), "missing: \(expected)")
    }
    XCTAssertFalse(text.contains("asean-47"), "a meeting before --since is not in 'reported since'")
    // Issue 24: what matters first. Key messages and the next three meetings (the ones with no
    // day yet said so) come before the pillars; the commitments with no report are an annex.
    let front = text.components(separatedBy: "## Pillars")[0]
    for expected in [
      "## Key messages", "- Reported since 2025-11-01: 12 reports (6 on commitments, 6 on meetings)",
      "- Fell overdue since 2025-11-01: 16.3c (due 2025).", "- Due before the next meeting (by 2026-12-31): 16.3d.",
      "- Next meetings: Annual Joint Trade Commission (JTC) Meeting, 2026",
      "| date not set (expected 2026) | day not known | Annual Joint Trade Commission (JTC) Meeting, 2026",
    ] {
      XCTAssertTrue(front.contains(expected), "not on the first page: \(expected)\n\(front)")
    }
    let nextMeetings = front.components(separatedBy: "## Next meetings\n\n")[1].split(separator: "\n").filter {
      $0.hasPrefix("|")
    }
    XCTAssertEqual(nextMeetings.count, 2 + 3, "the next three meetings")
    XCTAssertFalse(text.contains("| 1.2 "), "1.2 has no report: in the annex, not a row of its own")
    let annex = text.components(separatedBy: "## Annex: commitments with no report")[1]
    XCTAssertTrue(annex.contains("| 1 Foreign Affairs ") && annex.contains("| 3         | 1.2, 1.3, 1.5 "), annex)
    // Tables read as plain text: every row of a table as wide as its header.
    let pillars = text.components(separatedBy: "## Pillars\n\n")[1].split(separator: "\n").prefix { $0.hasPrefix("|") }
    XCTAssertEqual(pillars.count, 7)
    XCTAssertEqual(Set(pillars.map(\.count)).count, 1, pillars.joined(separator: "\n"))
  }

  func test_a_pillar_and_an_agency_narrow_the_briefing() throws {
    let pillar = try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "--pillar", "2"])
    XCTAssertTrue(pillar.output.contains("Scope: pillar II Defense and Security Cooperation"), pillar.output)
    XCTAssertFalse(pillar.output.contains("## Pillar III"))
    let agency = try Subprocess.run(
      try accord, ["report", "--today", "2026-11-24", "--agency", "prosecutor", "--format", "csv"])
    let ids = agency.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] }
    XCTAssertEqual(ids, ["8.4", "8.8", "8.9"])
    let unknown = try Subprocess.run(try accord, ["report", "--pillar", "9"])
    XCTAssertEqual(unknown.status, 64)
    XCTAssertEqual(unknown.error, "accord: no pillar '9'; expected 1-5 or I, II, III, IV, V\n")
  }

  func test_csv_has_a_row_per_commitment_that_python_reads() throws {
    let file = try report(["--format", "csv", "--today", "2026-11-24"], suffix: "csv")
    let output = try PythonCheck.run(
      """
      import csv, sys
      raw = open(sys.argv[1], 'rb').read()
      assert all(line.endswith(b'\\r') for line in raw.split(b'\\n')[:-1]), 'CRLF line ends'
      rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8', errors='strict')))
      print(len(rows) - 1, ','.join(rows[0]))
      row = next(r for r in rows if r[0] == '16.3')
      print(row[1], row[2], row[3], row[4], row[5], row[7], row[8], row[9])
      print(row[13][:60])
      """, on: file)
    XCTAssertEqual(
      output,
      """
      140 id,pillar,sector,sector_name,kind,status,confidence,targets,overdue,days_overdue,agencies,latest_evidence_date,latest_evidence_source,text
      III 16 Trade and Investment deliverable unknown 2023 or agreed; 2024; 2025; 2026; 2027 yes 693
      Effectively implementing the bilateral trade agreement betwe

      """)
  }

  func test_csv_of_hostile_text_cannot_run_a_formula_or_reach_the_terminal() throws {
    let file = try report(
      ["--format", "csv", "--today", "2026-11-24", "--data", PythonCheck.hostilePlan], suffix: "csv")
    let output = try PythonCheck.run(
      """
      import csv, sys
      raw = open(sys.argv[1], 'rb').read()
      assert b'\\x1b' not in raw and b'\\x07' not in raw, 'no terminal escapes'
      rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
      assert all(len(r) == 14 for r in rows), [len(r) for r in rows]
      for r in rows[1:]:
          for field in r:
              assert not field.lstrip()[:1] in ('=', '+', '-', '@'), field
      print(' '.join(rows[1][:3])); print(rows[1][10]); print(rows[1][12])
      """, on: file)
    XCTAssertEqual(
      output,
      """
      1.1 I 1
      '=HYPERLINK("http://evil.example","x") (Lao PDR); Ministry of "Quotes", Commas (Cambodia)
      '=2+5

      """)
  }

  func test_json_follows_the_documented_schema() throws {
    let file = try report(["--format", "json", "--today", "2026-11-24", "--since", "2025-11-01"], suffix: "json")
    let output = try PythonCheck.run(
      """
      import json, sys
      d = json.load(open(sys.argv[1], encoding='utf-8'))
      print(d['format'], d['today'], d['since'], d['countdown']['days_to_period_end'], d['countdown']['phase'])
      print(d['pace']['deliverables'], d['pace']['deliverables_done'], [p['id'] for p in d['pillars']])
      c = next(c for p in d['pillars'] for c in p['commitments'] if c['id'] == '16.3')
      print(c['kind'], c['status'], c['targets'], c['overdue'], c['days_overdue'], c['latest_evidence'])
      print(sorted({r['subject'] for r in d['reported_since']}), 'jc-15' in [r['id'] for r in d['reported_since']])
      print(sorted(d.keys()))
      print(d['carriers'][0]['name'], d['carriers'][0]['side'], d['carriers'][0]['commitments'][:3])
      """, on: file)
    XCTAssertEqual(
      output,
      """
      accord-report/2 2026-11-24 2025-11-01 402 running
      30 3 ['I', 'II', 'III', 'IV', 'V']
      deliverable unknown ['2023 or agreed', '2024', '2025', '2026', '2027'] True 693 None
      ['commitment', 'meeting'] True
      ['carriers', 'countdown', 'due_before_next_meeting', 'format', 'next_meetings', 'overdue', 'pace', 'pillars', 'plan', 'reported_since', 'scope', 'since', 'today', 'unreported_meetings']
      Ministry of Foreign Affairs (Lao PDR) lao ['1.1', '1.2', '1.3']

      """)
  }

  func test_json_of_hostile_text_keeps_the_text_and_drops_escapes_and_unsafe_links() throws {
    let file = try report(
      ["--format", "json", "--today", "2026-11-24", "--since", "2025-01-01", "--data", PythonCheck.hostilePlan],
      suffix: "json")
    let output = try PythonCheck.run(
      """
      import json, sys
      d = json.load(open(sys.argv[1], encoding='utf-8'))
      def strings(v):
          if isinstance(v, str): yield v
          elif isinstance(v, list):
              for x in v: yield from strings(x)
          elif isinstance(v, dict):
              for x in v.values(): yield from strings(x)
      assert not any(ch < ' ' or '\\x7f' <= ch <= '\\x9f' for s in strings(d) for ch in s), 'no control characters'
      c = d['pillars'][0]['commitments']
      print(c[0]['text']); print(c[0]['confidence'], c[0]['latest_evidence']['url'], c[0]['latest_evidence']['summary'])
      print([(m['id'], m['overdue'], m['days_overdue']) for m in c[1]['milestones']])
      print([o['id'] for o in d['overdue']], [m['id'] for m in d['unreported_meetings']])
      print([r['url'] for r in d['reported_since'] if r['subject'] == 'meeting'])
      """, on: file)
    XCTAssertEqual(
      output,
      """
      Text with "quotes", a comma, line two and \u{FFFD}[31mred\u{FFFD}[0m and \u{FFFD}]0;owned\u{FFFD}
      reported None <img src=x onerror=alert(1)> met | twice
      [('1.2a', True, 693), ('1.2b', False, None)]
      ['1.1', '1.2a'] ['mtg-missed', 'mtg-month']
      ['https://example.org/a?b=1&c=2']

      """)
  }

  func test_markdown_of_hostile_text_escapes_markup_and_terminal_sequences() throws {
    let result = try Subprocess.run(
      try accord, ["report", "--today", "2026-11-24", "--since", "2025-01-01", "--data", PythonCheck.hostilePlan])
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertFalse(result.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character")
    XCTAssertTrue(result.output.contains("## Pillar I: \\<script\\>alert(1)\\</script\\> Political"), result.output)
    XCTAssertTrue(result.output.contains("\\<img src=x onerror=alert(1)\\> met \\| twice"), result.output)
    XCTAssertFalse(result.output.contains("javascript:"), "an unsafe address is left out")
  }

  func test_html_is_one_well_formed_page_that_fetches_nothing() throws {
    let file = try report(
      ["--format", "html", "--today", "2026-11-24", "--since", "2025-01-01", "--data", PythonCheck.hostilePlan],
      suffix: "html")
    let output = try PythonCheck.run(
      """
      import sys, html5lib
      raw = open(sys.argv[1], 'rb').read()
      assert b'\\x1b' not in raw and b'\\x07' not in raw
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(raw)
      tags = [e.tag.split('}')[-1] for e in doc.iter()]
      for bad in ('script', 'img', 'iframe', 'object', 'embed', 'link', 'b'):
          assert bad not in tags, bad
      for e in doc.iter():
          for name, value in e.attrib.items():
              assert not name.lower().startswith('on'), (e.tag, name)
              assert name != 'src', e.tag
              if name == 'href': assert value.startswith('https://'), value
      style = ''.join(e.text or '' for e in doc.iter() if e.tag == 'style')
      assert 'url(' not in style and '@import' not in style
      text = ''.join(doc.itertext())
      print(doc.find('.//h1').text)
      print('<script>alert(1)</script> Political' in text, '<img src=x onerror=alert(1)> met | twice' in text)
      print(len(doc.findall('.//figure')), len([e for e in doc.iter() if e.get('class') == 'today' and e.tag.endswith('line')]))
      print(sorted({e.get('class') for e in doc.iter() if e.tag.endswith('circle') or e.tag.endswith('rect')}))
      print(sorted({a.get('href') for a in doc.iter() if a.tag == 'a'}))
      """, on: file)
    XCTAssertEqual(
      output,
      """
      Hostile \u{FFFD}[2J Plan: briefing as of 2026-11-24
      True True
      1 1
      ['other planned', 'other planned partial', 'principal expected partial', 'principal held']
      ['https://example.org/a?b=1&c=2']

      """)
  }
}
