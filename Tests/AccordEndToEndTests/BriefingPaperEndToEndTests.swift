import Foundation
import XCTest

/// Issue 24: the html briefing read as a paper. It prints to A4 with Debian's chromium (headless)
/// and poppler reads the PDF back: the first page holds the countdown, the key messages and the
/// next meetings, every page's footer the plan, the day and the page's number. A briefing
/// written over the last one lists what was reported since that one.
final class BriefingPaperEndToEndTests: XCTestCase {
  func test_the_html_prints_to_a4_with_what_matters_on_the_first_page() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-paper-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    let html = directory.appendingPathComponent("briefing.html").path
    let pdf = directory.appendingPathComponent("briefing.pdf").path
    try Subprocess.check(
      try AccordBinary.path(),
      ["report", "--format", "html", "--today", "2026-11-24", "--since", "2025-11-01", "-o", html])
    try expectStrictHTML(html)

    let chromium = try tool("/usr/bin/chromium")
    let printed = try Subprocess.run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(directory.path)/profile",
        "--print-to-pdf=\(pdf)", "file://\(html)",
      ], timeout: 120)
    XCTAssertEqual(printed.status, 0, printed.error)

    let info = try Subprocess.check(try tool("/usr/bin/pdfinfo"), [pdf])
    let pages = try XCTUnwrap(
      info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.flatMap { Int($0) })
    XCTAssertTrue((4...14).contains(pages), "a briefing of a few pages, not 118 rows over six: \(pages)")
    XCTAssertTrue(info.contains("(A4)"), "A4 pages:\n\(info)")

    let pdftotext = try tool("/usr/bin/pdftotext")
    let first = try Subprocess.check(pdftotext, ["-f", "1", "-l", "1", pdf, "-"])
    for expected in [
      "402 days to the period's end (2027-12-31)", "Key messages", "Reported since 2025-11-01: 12 reports",
      "Fell overdue since 2025-11-01: 16.3c", "Next meetings", "Annual Joint Trade Commission (JTC) Meeting, 2026",
      "date not set", "briefing as of 2026-11-24", "page 1 of \(pages)",
    ] {
      XCTAssertTrue(first.contains(expected), "page 1 lacks \(expected):\n\(first)")
    }
    XCTAssertFalse(first.contains("Pillar I: Political"), "the pillars come after the first page:\n\(first)")
    let last = try Subprocess.check(pdftotext, ["-f", "\(pages)", "-l", "\(pages)", pdf, "-"])
    XCTAssertTrue(last.contains("page \(pages) of \(pages)"), last)
  }

  func test_since_defaults_to_the_day_of_the_briefing_written_over() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-since-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    let accord = try AccordBinary.path()
    for format in ["md", "html", "json"] {
      let file = directory.appendingPathComponent("briefing.\(format)").path
      try Subprocess.check(accord, ["report", "--format", format, "--today", "2026-02-01", "-o", file])
      let first = try String(contentsOfFile: file, encoding: .utf8)
      XCTAssertTrue(
        first.contains("since 2026-01-02") || first.contains("\"since\": \"2026-01-02\""),
        "a new file: 30 days back (\(format))")
      try Subprocess.check(accord, ["report", "--format", format, "--today", "2026-11-24", "-o", file])
      let second = try String(contentsOfFile: file, encoding: .utf8)
      XCTAssertTrue(
        second.contains("since 2026-02-01") || second.contains("\"since\": \"2026-02-01\""),
        "since the last briefing (\(format))")
    }
  }

  func expectStrictHTML(_ file: String) throws {
    let output = try PythonCheck.run(
      """
      import sys, html5lib
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb').read())
      print(len([a for a in doc.iter() if a.tag == 'a']) > 0, len(doc.findall('.//ol')))
      """, on: file)
    XCTAssertEqual(output, "True 1\n", "html5lib (strict) reads it, with links and a reference list")
  }

  /// A program the tests need: `make deps` installs it (scripts/ensure-system-packages).
  func tool(_ path: String) throws -> String {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw HarnessFailure("\(path) is missing: run make deps (it installs chromium and poppler-utils)")
    }
    return path
  }
}
