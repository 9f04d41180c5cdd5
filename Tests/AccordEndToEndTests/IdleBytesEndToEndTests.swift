import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// What the dashboard costs a slow link: the bytes it writes to its terminal for the first
/// frame, while idle, and for one keypress. ncurses sends only the cells that changed, so an
/// idle dashboard sends (next to) nothing.
final class IdleBytesEndToEndTests: XCTestCase {
  private var session: PtySession?
  private var home: URL?

  override func tearDown() {
    session?.stop()
    session = nil
    if let home { try? FileManager.default.removeItem(at: home) }
    home = nil
  }

  func test_an_idle_dashboard_sends_almost_nothing_and_a_key_only_the_changed_cells() throws {
    let binary = try AccordBinary.path()
    // An empty home: no user config or theme changes what is drawn.
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("accord-idle-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    self.home = home
    let environment = [
      "PATH=/usr/bin:/bin", "HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)", "TERM=xterm-256color", "LANG=C.UTF-8",
    ]
    let session = try PtySession(binary, ["--today", "2026-11-24"], environment: environment, width: 100, height: 30)
    self.session = session

    // The first frame: everything until a second without output.
    let first = session.readUntilQuiet(quiet: 1, atMost: 20)
    XCTAssertTrue(first.settled, "the dashboard never went quiet after \(first.bytes.count) bytes")
    let firstText = String(decoding: first.bytes, as: UTF8.self)
    for word in ["Political", "Multilateral", "Lao"] {
      XCTAssertTrue(firstText.contains(word), "the first frame lacks \(word): \(firstText.prefix(300).debugDescription)")
    }

    // Ten idle seconds.
    let idle = session.read(for: 10)

    // One key: j moves the selection from pillar I to pillar IV, two panes' borders change.
    session.type("j")
    let key = session.readUntilQuiet(quiet: 0.5, atMost: 5)

    print("accord idle bytes: first frame \(first.bytes.count) bytes at 100x30; idle \(idle.count) bytes over 10 s; key j \(key.bytes.count) bytes")

    XCTAssertGreaterThan(first.bytes.count, 2000, "a whole 100x30 frame should take kilobytes")
    XCTAssertLessThan(idle.count, 200, "an idle dashboard sent \(idle.count) bytes in 10 s: \(String(decoding: idle.prefix(300), as: UTF8.self).debugDescription)")
    XCTAssertGreaterThan(key.bytes.count, 0, "j changed nothing on screen")
    XCTAssertLessThan(key.bytes.count * 3, first.bytes.count, "a keypress sent \(key.bytes.count) bytes, the first frame \(first.bytes.count): not only the changed cells")
    XCTAssertTrue(ProcessTable.isRunning(session.pid), "accord ended")
  }
}
