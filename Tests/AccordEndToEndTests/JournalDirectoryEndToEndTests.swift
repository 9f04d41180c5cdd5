import Foundation
import XCTest

/// A directory given as the journal is named for what it is, not taken for a full disk.
final class JournalDirectoryEndToEndTests: XCTestCase {
  func test_a_directory_as_the_journal_says_so() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-journal-dir-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let expected =
      "accord: \(directory): is a directory, not a journal; give the journal's file, e.g. --journal \(directory)/journal.sqlite\n"
    let commands = [
      ["update", "16.3", "--status", "done", "--source", "JTC minutes", "--today", "2026-11-24"], ["history"],
      ["check"],
      ["journal", "backup", directory + "/backup.sqlite"],
    ]
    for command in commands {
      let result = try Subprocess.run(try AccordBinary.path(), command + ["--journal", directory])
      XCTAssertEqual(result.status, 74, "\(command)")
      XCTAssertEqual(result.error, expected, "\(command)")
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "nothing written into it")
  }
}
