import Foundation
import XCTest

/// A server address is never taken for a file: `--journal postgresql:...` once made a directory
/// `postgresql:` with an SQLite journal in it.
final class JournalAddressEndToEndTests: XCTestCase {
  func test_a_server_address_makes_no_file_or_directory_whatever_the_command() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-address-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let update = ["update", "16.3", "--status", "done", "--source", "JTC minutes", "--today", "2026-11-24"]
    let cases: [(address: String, status: Int32, error: String)] = [
      (
        "postgresql:/accord", 64,
        "accord: postgresql:/accord: not a journal address: a server address begins postgresql://"
      ),
      (
        "postgresql://somchai:secret@127.0.0.1:1/accord", 64,
        "accord: postgresql://somchai:secret@127.0.0.1:1/accord: not a journal address: a password does not belong"
      ),
      // Nothing listens on port 1: the server cannot be reached, and nothing is made instead
      // (an update waits in the outbox, in the account's config directory).
      ("postgresql://127.0.0.1:1/accord", 74, "accord: postgresql://127.0.0.1:1/accord: "),
    ]
    for (address, status, error) in cases {
      for command in [update, ["history"]] {
        let status = status == 74 && command == update ? 0 : status
        let result = try Subprocess.run(
          "/bin/sh",
          ["-c", "cd \"$1\" && shift && exec \"$@\"", "sh", directory, try AccordBinary.path()] + command + [
            "--journal", address,
          ])
        XCTAssertEqual(result.status, status, "\(command) \(address): \(result.error)")
        XCTAssertTrue(result.error.hasPrefix(error), "\(command) \(address): \(result.error)")
        XCTAssertEqual(result.error.components(separatedBy: "\n").count, 2, "one line: \(result.error)")
      }
    }
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: directory), [], "no postgresql: directory, no journal")
  }
}
