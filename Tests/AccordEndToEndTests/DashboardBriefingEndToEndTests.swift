import Foundation
import XCTest

/// `b` in the dashboard writes the html briefing for the day and the filters on screen into
/// the current folder, and says where on the bottom line.
final class DashboardBriefingEndToEndTests: XCTestCase {
  private var server: TmuxServer?
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-briefing-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    server?.stop()
    try? FileManager.default.removeItem(at: directory)
  }

  /// The dashboard in the folder, once it shows `shown`.
  private func start(_ arguments: [String], shown: String = "Political") throws -> TmuxServer {
    let binary = try AccordBinary.path()
    let folder = directory.path
    let server = try TmuxServer(width: 160, height: 40) { _ in
      ["env", "LANG=C.UTF-8", "TERM=xterm-256color", "sh", "-c", "cd \"$0\" && exec \"$@\"", folder, binary] + arguments
    }
    self.server = server
    try server.assertShows([shown])
    return server
  }

  func test_b_writes_the_briefing_for_the_day_and_the_pillar_filtered_on() throws {
    let server = try start(["--today", "2026-11-24"])
    try server.send(keys: ["f", "p", "p", "p", "Escape"])
    try server.assertShows(["filtered: pillar: III Economic and Technical"])
    try server.send(keys: ["b"])
    let file = directory.appendingPathComponent("accord-briefing-2026-11-24.html").path
    try server.assertShows(["briefing written to \(file)"])
    let read = try PythonCheck.run(
      """
      import sys, html5lib
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb').read())
      text = ' '.join(doc.itertext())
      print(doc.find('.//h1').text)
      print('pillar III Economic and Technical' in text, 'Pillar I: Political' in text)
      """, on: file)
    XCTAssertEqual(read, "Lao PDR-Cambodia Action Plan 2023-2027: briefing as of 2026-11-24\nTrue False\n")
  }

  /// The screen's language is the briefing's: its page, its headings, its dates.
  func test_b_writes_the_briefing_in_the_screens_language() throws {
    // The pillars' ids, the same in every language the screens are in.
    let server = try start(["--today", "2026-11-24", "--lang", "lo"], shown: "III")
    try server.send(keys: ["b"])
    let file = directory.appendingPathComponent("accord-briefing-2026-11-24.html").path
    try server.assertShows([file])
    let read = try PythonCheck.run(
      """
      import sys, html5lib
      doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(sys.argv[1], 'rb').read())
      print(doc.get('lang'))
      print(doc.find('.//h1').text)
      """, on: file)
    XCTAssertEqual(read, "lo\nແຜນປະຕິບັດງານ ລາວ-ກຳປູເຈຍ 2023-2027: ບົດສະຫຼຸບ ນັບຮອດວັນທີ 24 ພະຈິກ 2026\n")
  }

  func test_a_read_only_dashboard_writes_no_briefing() throws {
    let server = try start(["--today", "2026-11-24", "--read-only"])
    try server.send(keys: ["b"])
    try server.assertShows(["read-only: this dashboard writes no file"])
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), [])
  }
}
