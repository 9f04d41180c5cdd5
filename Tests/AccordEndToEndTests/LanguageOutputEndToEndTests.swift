import AccordCore
import Foundation
import XCTest

/// What accord writes outside the dashboard, in Lao and Khmer: the briefing read back by
/// html5lib, the calendar by icalendar, and the command line's own messages.
final class LanguageOutputEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }

  /// A UTF-8 locale and no language from the environment: only what the test passes decides.
  func run(_ arguments: [String], environment: [String] = []) throws -> (status: Int32, output: String, error: String) {
    try Subprocess.run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8"] + environment
        + [try accord] + arguments)
  }

  func written(_ arguments: [String], suffix: String, environment: [String] = []) throws -> String {
    let file = PythonCheck.temporaryFile(suffix)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: file) }
    let result = try run(arguments + ["-o", file], environment: environment)
    XCTAssertEqual(result.status, 0, result.error)
    return file
  }

  func test_the_html_briefing_in_khmer_has_khmer_headings_for_html5lib() throws {
    let file = try written(
      ["report", "--format", "html", "--lang", "km", "--today", "2026-11-24", "--since", "2025-11-01"], suffix: "html")
    let output = try PythonCheck.run(
      """
      import sys, html5lib
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb').read())
      khmer = lambda text: any('\\u1780' <= c <= '\\u17ff' for c in text)
      print(doc.get('lang'))
      headings = [''.join(h.itertext()) for h in doc.iter() if h.tag in ('h1', 'h2', 'h3', 'th')]
      english = [n for n in ('Political', 'Economic and Technical', 'Socio-Cultural', 'Multilateral', 'Defense and Security') if any(n in h for h in headings)]
      print(len(headings), all(khmer(h) for h in headings))
      print([h for h in headings if not khmer(h)])
      print(english)
      print(''.join(doc.find('.//h1').itertext()))
      print(''.join(doc.find('.//h2').itertext()))
      style = ''.join(e.text or '' for e in doc.iter() if e.tag == 'style')
      print('"Noto Sans Khmer"' in style, '"Khmer OS System"' in style)
      """, on: file)
    let lines = output.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines[0], "km")
    XCTAssertTrue(lines[1].hasSuffix(" True"), "headings with no Khmer: \(lines[2])")
    XCTAssertEqual(lines[3], "[]", "pillars named in English in the headings")
    XCTAssertEqual(lines[4], "ផែនការសកម្មភាព ឡាវ-កម្ពុជា 2023-2027: សេចក្តីសង្ខេប គិតត្រឹមថ្ងៃ 24 វិច្ឆិកា 2026")
    XCTAssertEqual(lines[5], "ការរាប់ថយក្រោយ និងល្បឿន")
    XCTAssertEqual(lines[6], "True True")
  }

  func test_the_markdown_briefing_in_lao_from_the_option_or_the_environment() throws {
    let arguments = ["report", "--today", "2026-11-24", "--since", "2025-11-01"]
    let lao = try run(arguments + ["--lang", "lo"])
    XCTAssertEqual(lao.status, 0, lao.error)
    for expected in [
      "# ແຜນປະຕິບັດງານ ລາວ-ກຳປູເຈຍ 2023-2027: ບົດສະຫຼຸບ ນັບຮອດວັນທີ 24 ພະຈິກ 2026",
      "## ຂໍ້ຄວາມສຳຄັນ", "- ຍັງເຫຼືອ 402 ວັນ ຮອດທ້າຍໄລຍະ (31 ທັນວາ 2027)", "## ເສົາຄ້ຳ III: ເສດຖະກິດ ແລະ ວິຊາການ",
      "## ເອກະສານຊ້ອນທ້າຍ: ພັນທະທີ່ບໍ່ມີລາຍງານ",
    ] {
      XCTAssertTrue(lao.output.contains(expected), "missing: \(expected)\n\(lao.output.prefix(1500))")
    }
    XCTAssertFalse(lao.output.contains("## Key messages"))
    // Pillars and sectors by their Lao names, in the headings, the tables and the annex, as the
    // screens name them (the commitments' own text stays the signed English).
    let plan = try PlanLoader.bundled()
    for pillar in plan.pillars {
      for named in ["\(pillar.id) \(pillar.name)", ": \(pillar.name)\n"] {
        XCTAssertFalse(lao.output.contains(named), "\(named) in English")
      }
      for sector in pillar.sectors where sector.name.contains(" ") {
        XCTAssertFalse(lao.output.contains(sector.name), "sector \(sector.id) \(sector.name) in English")
      }
    }
    let headings = lao.output.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n")
    XCTAssertEqual(Self.englishRuns(in: headings), [], headings)
    XCTAssertEqual(try run(arguments, environment: ["ACCORD_LANG=lo"]).output, lao.output)
    // English is what it was.
    XCTAssertTrue(try run(arguments).output.contains("- 402 days to the period's end (2027-12-31)"))
  }

  func test_the_calendar_in_khmer_changes_words_not_events() throws {
    let arguments = ["calendar", "--data", PythonCheck.hostilePlan, "--include-tentative", "--today", "2026-11-24"]
    let script = """
      import sys, icalendar
      events = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT')
      for e in sorted(events, key=lambda e: str(e['UID'])):
          print(e['UID'], e['DTSTART'].dt, e['DTEND'].dt, e['STATUS'], e['CATEGORIES'].to_ical().decode())
      for e in sorted(events, key=lambda e: str(e['UID'])):
          print(str(e['UID']).split('.')[0], str(e['SUMMARY']), '|', str(e['DESCRIPTION']).split('\\n')[0])
      """
    let khmer = try PythonCheck.run(script, on: try written(arguments + ["--lang", "km"], suffix: "ics"))
    let english = try PythonCheck.run(script, on: try written(arguments, suffix: "ics"))
    let (khmerLines, englishLines) = (khmer.split(separator: "\n"), english.split(separator: "\n"))
    XCTAssertEqual(khmerLines.prefix(4), englishLines.prefix(4), "UIDs, days, STATUS and CATEGORIES are the same")
    XCTAssertEqual(
      khmerLines.dropFirst(4).joined(separator: "\n"),
      """
      mtg-1 <b>Summit</b>; with, commas \\ backslash and \u{FFFD}]0;title\u{FFFD} bell | JC, បានរាយការណ៍ថាបានធ្វើរួច។
      mtg-missed =Missed meeting | sector meeting, មានកាលវិភាគ តែគ្មានរបាយការណ៍ថាបានធ្វើ។
      mtg-month [មិនទាន់ច្បាស់ ដឹងតែខែ៖ កញ្ញា 2026] ກອງປະຊຸມຄະນະກຳມະການຮ່ວມລາວ-ກຳປູເຈຍ ຄັ້ງທີ 16 ທີ່ນະຄອນຫຼວງວຽງຈັນ ສປປ ລາວ | JC, មានកាលវិភាគ តែគ្មានរបាយការណ៍ថាបានធ្វើ។
      mtg-year [មិនទាន់ច្បាស់ ដឹងតែឆ្នាំ៖ 2027] Some meeting in a year | visit, បានគ្រោងទុក។
      """)
    XCTAssertTrue(english.contains("mtg-year [tentative, year only: 2027] Some meeting"), english)
  }

  /// Runs of three or more English words: a sentence accord wrote without its catalog (the
  /// model's words included), not a command or a name it quotes.
  static func englishRuns(in text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "[A-Za-z]{2,}( [A-Za-z]{2,}){2,}")
    return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  /// What the command line writes in Lao where accord words it (the update's problems and what
  /// it recorded, confirm's refusal of an update not there, doctor's findings) has no English
  /// sentence left in it. (The journal's own refusals: JournalLanguageEndToEndTests.)
  func test_the_command_lines_messages_in_lao_hold_no_english_sentence() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lang-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
    let journal = directory + "/journal.sqlite"
    let lao = ["--lang", "lo", "--journal", journal, "--today", "2026-11-24"]
    let refused = try run(["update", "1.1x", "--status", "don", "--date", "2023-02-30", "--confidence", "maybe"] + lao)
    XCTAssertEqual(refused.status, 65)
    XCTAssertEqual(refused.error.split(separator: "\n").count, 5, refused.error)
    let future = try run(["update", "1.1", "--status", "done", "--date", "2031-01-01", "--source", "MOFA"] + lao)
    XCTAssertEqual(future.status, 65)
    let recorded = try run(["update", "1.1", "--status", "done", "--source", "MOFA", "--confidence", "reported"] + lao)
    XCTAssertEqual(recorded.status, 0, recorded.error)
    let missing = try run(["confirm", "99"] + lao)
    let made = try run(["journal", "init", directory + "/other.sqlite", "--lang", "lo"])
    let again = try run(["journal", "init", journal, "--lang", "lo"])
    XCTAssertNotEqual(missing.status, 0)
    let doctor = try run(["doctor"] + lao, environment: ["TERM=xterm-256color", "HOME=\(directory)"])
    for (name, text) in [
      ("refused", refused.error), ("future", future.error), ("recorded", recorded.output),
      ("missing", missing.error), ("doctor", doctor.output), ("made", made.output), ("again", again.output),
    ] {
      XCTAssertFalse(text.isEmpty, name)
      XCTAssertEqual(Self.englishRuns(in: text), [], "\(name):\n\(text)")
    }
    // The same lines in English are sentences: the check can fail.
    let english = try run(["update", "1.1x", "--status", "don", "--journal", journal])
    XCTAssertFalse(Self.englishRuns(in: english.error).isEmpty, english.error)
  }

  func test_check_speaks_lao_and_refuses_a_language_it_does_not_speak() throws {
    let meeting =
      "  - id: stale-1\n    title: \"Planned meeting\"\n    type: other\n    date: 2024-03-02\n    status: planned\n    source: \"test\"\n"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("stale-\(UUID()).yaml")
    try (PlanLoader.bundledText + "\n" + meeting).write(to: file, atomically: true, encoding: .utf8)
    addTeardownBlock { try? FileManager.default.removeItem(at: file) }
    let lao = try run(["check", file.path, "--today", "2026-11-24", "--lang", "lo"])
    XCTAssertEqual(lao.status, 0, lao.error)
    XCTAssertTrue(lao.output.hasPrefix("ຖືກຕ້ອງ: 5 ເສົາຄ້ຳ, 29 ຂະແໜງ, "), lao.output)
    XCTAssertTrue(lao.output.hasSuffix("ໂດຍບໍ່ມີລາຍງານ ນັບຮອດວັນທີ 24 ພະຈິກ 2026\n"), lao.output)
    XCTAssertEqual(
      lao.error,
      "ຄຳເຕືອນ: \(file.path): ກອງປະຊຸມ 'stale-1' ຮອດກຳນົດ 2024-03-02 ແຕ່ບໍ່ມີລາຍງານ; ໃຫ້ບັນທຶກສິ່ງທີ່ເກີດຂຶ້ນ ຫຼື ໝາຍມັນເປັນ 'not-reported'\n"
    )
    // A refusal is in the language too, with its usage status.
    let refused = try run(["report", "--pillar", "9", "--lang", "km"])
    XCTAssertEqual(refused.status, 64)
    XCTAssertEqual(refused.error, "accord: គ្មានសសរស្តម្ភ '9' ទេ; រំពឹងថា 1-5 ឬ I, II, III, IV, V\n")
    // Under a locale that is not UTF-8, Lao would be rows of `?`: English.
    let ascii = try Subprocess.run(
      "/usr/bin/env", ["-u", "LC_ALL", "-u", "LC_CTYPE", "LANG=C", try accord, "check", "--lang", "lo"])
    XCTAssertTrue(ascii.output.hasPrefix("ok: 5 pillars, 29 sectors, "), ascii.output)
    let unknown = try run(["check", "--lang", "xx"])
    XCTAssertEqual(unknown.status, 64)
    XCTAssertEqual(unknown.error, "accord: --lang: no language \"xx\"; accord speaks en, lo, km\n")
    XCTAssertEqual(unknown.output, "")
  }
}
