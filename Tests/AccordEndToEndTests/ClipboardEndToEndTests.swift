import Foundation
import XCTest

/// Issue 24 item 3: `y` on a commitment's screen copies its source's web address through OSC
/// 52, which tmux (with `set-clipboard on`) turns into a paste buffer; over SSH it is off unless
/// the settings turn it on, and the bottom line says so.
final class ClipboardEndToEndTests: XCTestCase {
  static let address = "https://kpl.gov.la/EN/detail.aspx?id=101334"

  func open11point4(environment: [String]) throws -> TmuxPane {
    let pane = try TmuxPane(["--today", "2026-11-24"], width: 120, height: 40, environment: environment)
    try pane.server.tmux(["set", "-g", "set-clipboard", "on"])
    try pane.assertShows(["I Political"])
    try pane.send(":", "1", "1", ".", "4", "Enter")
    try pane.assertShows(["11.4", "address: \(Self.address)"], "the commitment's screen shows its source's address:")
    return pane
  }

  func test_y_copies_the_source_address_through_osc_52() throws {
    let pane = try open11point4(environment: ["SSH_CONNECTION=", "SSH_TTY="])
    try pane.send("y")
    try pane.assertShows(["copied \(Self.address)"], "after y:")
    XCTAssertEqual(try pane.server.tmux(["show-buffer"]), Self.address)
  }

  func test_over_ssh_y_copies_nothing_and_says_why() throws {
    let pane = try open11point4(environment: ["SSH_CONNECTION=192.0.2.1 50000 192.0.2.2 22"])
    try pane.send("y")
    try pane.assertShows(["copying is off here (over SSH)"], "after y over SSH:")
    XCTAssertThrowsError(try pane.server.tmux(["show-buffer"]), "no buffer: nothing was copied")
  }
}
