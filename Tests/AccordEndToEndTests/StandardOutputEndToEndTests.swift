import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Standard output that cannot be written is an error (a full disk must not pass for a whole
/// export), but a reader that has had enough (`| head -1`) ends accord quietly, as it ends
/// other tools: by SIGPIPE.
final class StandardOutputEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-stdout-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  /// `accord arguments >/dev/full`: its status and standard error.
  private func toFullDevice(_ arguments: [String]) throws -> (status: Int32, error: String) {
    let errors = directory.appendingPathComponent("errors").path
    let pid = try Subprocess.spawn(try accord, arguments, output: "/dev/full", errorOutput: errors)
    guard let status = Subprocess.wait(pid, seconds: 30) else {
      Subprocess.terminate(pid)
      throw HarnessFailure("accord \(arguments) did not end")
    }
    return (status, (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
  }

  func test_every_command_that_writes_standard_output_fails_on_a_full_disk() throws {
    try Subprocess.check(
      try accord,
      [
        "update", "16.3", "--status", "done", "--date", "2026-11", "--source", "JTC minutes", "--today", "2026-11-24",
        "--journal", journal,
      ])
    let plan = ["--today", "2026-11-24", "--journal", journal]
    let commands: [[String]] = [
      ["export"] + plan, ["history"] + plan, ["history", "--format", "json"] + plan, ["report"] + plan,
      ["report", "--format", "html"] + plan, ["calendar"] + plan, ["render", "--size", "80x24"] + plan,
      ["render", "--size", "80x24", "--color", "256"] + plan, ["check"] + plan, ["themes"], ["--version"], ["--help"],
    ]
    for command in commands {
      let result = try toFullDevice(command)
      XCTAssertEqual(result.status, 74, "accord \(command.joined(separator: " ")) >/dev/full")
      XCTAssertEqual(result.error, "accord: cannot write to standard output: No space left on device\n", "\(command)")
    }
  }

  /// Also when SIGPIPE is ignored (`trap '' PIPE`, some service managers): the write fails
  /// with EPIPE, and accord ends as git does then, by SIGPIPE, not with status 0 and an
  /// export cut short.
  func test_a_closed_pipe_ends_accord_quietly_by_sigpipe() throws {
    for setup in ["", "trap '' PIPE; "] {
      // The export (about 95 KB) is more than a pipe holds, so accord is still writing when
      // head has gone.
      let errors = directory.appendingPathComponent("errors").path
      let script =
        setup
        + "\(shellQuoted(try accord)) export --journal \(shellQuoted(journal)) 2>\(shellQuoted(errors)) | head -c 10 >/dev/null; echo \"${PIPESTATUS[0]}\""
      let result = try Subprocess.run("/bin/bash", ["-c", script])
      XCTAssertEqual(result.output, "141\n", "\(setup)ended by SIGPIPE (128 + 13), as `yes | head -1` is")
      XCTAssertEqual(
        try String(contentsOfFile: errors, encoding: .utf8), "", "\(setup)a closed pipe is not an error to report")
    }
  }
}
