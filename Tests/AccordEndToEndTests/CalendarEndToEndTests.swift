import Foundation
import XCTest

/// `accord calendar` read back by the `icalendar` parser, and its bytes checked against
/// RFC 5545: CRLF, lines of at most 75 octets folded between UTF-8 sequences, escaped text.
final class CalendarEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  func calendar(_ arguments: [String]) throws -> String {
    let file = PythonCheck.temporaryFile("ics")
    addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
    let result = try Subprocess.run(try accord, ["calendar"] + arguments + ["-o", file])
    XCTAssertEqual(result.status, 0, result.error)
    return file
  }

  static let summary = """
    import sys, icalendar
    raw = open(sys.argv[1], 'rb').read()
    assert raw.endswith(b'\\r\\n') and b'\\n' not in raw.replace(b'\\r\\n', b''), 'CRLF only'
    for line in raw.split(b'\\r\\n'):
        assert len(line) <= 75, line
        line.decode('utf-8')  # each physical line whole UTF-8: never folded inside a sequence
    assert b'\\x1b' not in raw and b'\\x07' not in raw
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk('VEVENT')
    assert len({str(e['UID']) for e in events}) == len(events), 'unique UIDs'
    for e in events:
        assert e['DTSTAMP'].dt.tzinfo is not None, 'DTSTAMP in UTC'
        assert type(e['DTSTART'].dt).__name__ == 'date' and type(e['DTEND'].dt).__name__ == 'date', 'all-day'
        assert e['DTEND'].dt > e['DTSTART'].dt, 'DTEND exclusive'

    """

  func test_the_bundled_meetings_import_as_all_day_events_with_stable_ids() throws {
    let first = try calendar(["--today", "2026-11-24"])
    let output = try PythonCheck.run(
      Self.summary + """
        print(len(events), cal['VERSION'], cal['PRODID'])
        jc = next(e for e in events if str(e['SUMMARY']).startswith('15th Lao-Cambodia Joint Commission'))
        print(jc['UID'], jc['DTSTART'].dt, jc['DTEND'].dt, jc['LOCATION'], jc['STATUS'])
        print(sorted({str(e['STATUS']) for e in events}), any('tentative' in str(e['SUMMARY']) for e in events))
        """, on: first)
    let lines = output.split(separator: "\n")
    XCTAssertTrue(lines[0].hasSuffix(" 2.0 -//accord//accord 0.1.0//EN"), output)
    XCTAssertTrue(lines[1].hasPrefix("jc-15."), output)
    XCTAssertTrue(
      lines[1].hasSuffix("@accord 2025-11-26 2025-11-29 Vientiane CONFIRMED"), "DTEND the day after the last: \(output)"
    )
    XCTAssertEqual(lines.last, "['CONFIRMED', 'TENTATIVE'] False", "no meeting without a day is given one")
    // The same UIDs from a second export: a re-import updates, it does not duplicate.
    let uids =
      "import sys, icalendar\nprint(sorted(str(e['UID']) for e in icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT')))"
    XCTAssertEqual(
      try PythonCheck.run(uids, on: first), try PythonCheck.run(uids, on: try calendar(["--today", "2026-11-24"])))
  }

  func test_meetings_known_to_a_month_or_year_come_only_as_tentative_spans() throws {
    let without = try PythonCheck.run(
      Self.summary + "print(sorted(str(e['UID']).split('.')[0] for e in events))",
      on: try calendar(["--data", PythonCheck.hostilePlan, "--today", "2026-11-24"]))
    XCTAssertEqual(without, "['mtg-1', 'mtg-missed']\n")
    let with = try PythonCheck.run(
      Self.summary + """
        for e in sorted(events, key=lambda e: str(e['UID'])):
            print(str(e['UID']).split('.')[0], e['DTSTART'].dt, e['DTEND'].dt, e['STATUS'], e.get('TRANSP'), e['SUMMARY'])
        """, on: try calendar(["--data", PythonCheck.hostilePlan, "--include-tentative", "--today", "2026-11-24"]))
    XCTAssertEqual(
      with,
      """
      mtg-1 2025-11-26 2025-11-29 CONFIRMED TRANSPARENT <b>Summit</b>; with, commas \\ backslash and \u{FFFD}]0;title\u{FFFD} bell
      mtg-missed 2026-03-10 2026-03-11 TENTATIVE TRANSPARENT =Missed meeting
      mtg-month 2026-09-01 2026-10-01 TENTATIVE TRANSPARENT [tentative, month only: 2026-09] ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລາວ-ກຳປູເຈຍ ຄັ້ງທີ 16 ທີ່ນະຄອນຫຼວງວຽງຈັນ ສປປ ລາວ
      mtg-year 2027-01-01 2028-01-01 TENTATIVE TRANSPARENT [tentative, year only: 2027] Some meeting in a year

      """)
  }

  func test_text_is_escaped_as_rfc_5545_asks() throws {
    let raw = try String(
      contentsOfFile: try calendar(["--data", PythonCheck.hostilePlan, "--today", "2026-11-24"]), encoding: .utf8)
    let unfolded = raw.replacingOccurrences(of: "\r\n ", with: "")
    XCTAssertTrue(unfolded.contains("SUMMARY:<b>Summit</b>\\; with\\, commas \\\\ backslash"), unfolded)
    XCTAssertTrue(unfolded.contains("LOCATION:Phnom Penh second line\r\n"), unfolded)
    XCTAssertTrue(unfolded.contains("URL:https://example.org/a?b=1&c=2\r\n"), unfolded)
  }
}
