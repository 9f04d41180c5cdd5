import Foundation
import XCTest

/// A meeting's source address written as an OSC 8 hyperlink on the real terminal output (a
/// pty of its own), where the terminal announces it has them, and not otherwise.
final class HyperlinkEndToEndTests: XCTestCase {
  private var session: PtySession?
  private var directory: URL!
  static let address = "https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp"

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-links-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    session?.stop()
    try? FileManager.default.removeItem(at: directory)
  }

  /// Everything accord writes from its start to the meeting's screen, then to `q`.
  private func output(environment: [String]) throws -> String {
    let session = try PtySession(
      try AccordBinary.path(), ["--today", "2026-11-24"],
      environment: ["PATH=/usr/bin:/bin", "HOME=\(directory.path)", "TERM=xterm-256color", "LANG=C.UTF-8"]
        + environment,
      width: 120, height: 40)
    self.session = session
    _ = session.read(until: { String(decoding: $0, as: UTF8.self).contains("Multilateral") })
    session.type(":signing-2023-02\r")
    _ = session.read(until: { String(decoding: $0, as: UTF8.self).contains("Address:") })
    session.type("q")
    _ = session.readToEnd()
    return String(decoding: session.transcript, as: UTF8.self)
  }

  func test_a_terminal_that_has_hyperlinks_gets_the_address_as_one() throws {
    let text = try output(environment: ["VTE_VERSION=7200"])
    XCTAssertTrue(text.contains("Address:"), "the meeting's screen never came")
    XCTAssertTrue(
      text.contains("\u{1B}]8;;\(Self.address)\u{1B}\\\(Self.address)\u{1B}]8;;\u{1B}\\"),
      "no OSC 8 link around the address in the output")
  }

  func test_a_terminal_that_does_not_say_so_gets_none_and_the_setting_turns_it_on() throws {
    let plain = try output(environment: [])
    XCTAssertTrue(plain.contains("Address:"), "the meeting's screen never came")
    XCTAssertFalse(plain.contains("\u{1B}]8;"), "an OSC 8 sequence went to a terminal that did not ask")

    let config = directory.appendingPathComponent(".config/accord")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "hyperlinks: on\n".write(to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    XCTAssertTrue(
      try output(environment: []).contains("\u{1B}]8;;\(Self.address)\u{1B}\\"), "hyperlinks: on gave no link")
  }
}
