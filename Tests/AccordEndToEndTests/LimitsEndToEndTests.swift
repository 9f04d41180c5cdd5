import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Files that are not files, files too large, sizes and values out of range, from the command
/// line: each is named for what it is, promptly, with the usual exit status.
final class LimitsEndToEndTests: XCTestCase {
  private var accord: String!
  private var directory: URL!

  override func setUpWithError() throws {
    accord = try AccordBinary.path()
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-limits-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(at: directory)
  }

  func test_devices_pipes_and_stdin_are_read_or_refused_for_what_they_are() throws {
    let null = try Subprocess.run(accord, ["check", "/dev/null"])
    XCTAssertEqual(null.status, 65)
    XCTAssertEqual(
      null.error, "/dev/null: is a character device (a terminal, /dev/null...), not a file; save it to a file first\n")

    let fifo = directory.appendingPathComponent("plan.fifo").path
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    // Nobody ever writes to it: accord must not wait.
    let pipe = try Subprocess.run(accord, ["check", fifo], timeout: 5)
    XCTAssertEqual(pipe.status, 65)
    XCTAssertTrue(pipe.error.contains("is a pipe"), pipe.error)
    XCTAssertFalse(pipe.error.contains("permission denied"), pipe.error)

    let piped = try Subprocess.run(
      "/bin/sh", ["-c", "printf 'format: x\\n' | \(shellQuoted(accord)) check /dev/stdin"])
    XCTAssertEqual(piped.status, 65)
    XCTAssertEqual(
      piped.error, "/dev/stdin: is a pipe (a FIFO, /dev/stdin or <(...)), not a file; save it to a file first\n")

    // Standard input from a file is a file: read.
    let plan = directory.appendingPathComponent("plan.yaml")
    try PlanFixture.bundled.write(to: plan, atomically: true, encoding: .utf8)
    let redirected = try Subprocess.run(
      "/bin/sh", ["-c", "\(shellQuoted(accord)) check /dev/stdin --today 2026-11-24 < \(shellQuoted(plan.path))"])
    XCTAssertEqual(redirected.status, 0, redirected.error)
    XCTAssertTrue(redirected.output.hasPrefix("ok: 5 pillars"), redirected.output)
  }

  func test_a_utf16_plan_says_it_is_utf16() throws {
    let plan = directory.appendingPathComponent("utf16.yaml")
    try PlanFixture.bundled.write(to: plan, atomically: true, encoding: .utf16)
    let result = try Subprocess.run(accord, ["check", plan.path])
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(result.error, "\(plan.path): is UTF-16 text; save it as UTF-8\n")
  }

  func test_files_over_the_limits_are_refused_without_being_read() throws {
    let plan = directory.appendingPathComponent("huge.yaml").path
    XCTAssertTrue(FileManager.default.createFile(atPath: plan, contents: nil))
    XCTAssertEqual(truncate(plan, 1 << 30), 0)  // a sparse gigabyte of NULs
    let result = try Subprocess.run(accord, ["check", plan], timeout: 5)
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(result.error, "\(plan): is too large (1073741824 bytes; the limit is 64 MiB)\n")

    let theme = directory.appendingPathComponent("huge.theme").path
    XCTAssertTrue(FileManager.default.createFile(atPath: theme, contents: nil))
    XCTAssertEqual(truncate(theme, 2 << 20), 0)
    let themed = try Subprocess.run(accord, ["render", "--color", "256", "--theme", theme], timeout: 5)
    XCTAssertEqual(themed.status, 65)
    XCTAssertEqual(themed.error, "\(theme): is too large (2097152 bytes; the limit is 1 MiB)\n")
  }

  func test_render_sizes_beyond_2000x1000_are_usage_errors() throws {
    let huge = try Subprocess.run(accord, ["render", "--size", "30000x30000"])
    XCTAssertEqual(huge.status, 64)
    XCTAssertTrue(huge.error.contains("--size 30000x30000 is larger than accord draws; at most 2000x1000"), huge.error)
    let largest = try Subprocess.run(accord, ["render", "--size", "2000x1000", "--today", "2026-11-24"])
    XCTAssertEqual(largest.status, 0, largest.error)
    XCTAssertEqual(largest.output.split(separator: "\n", omittingEmptySubsequences: false).count, 1001)
  }

  /// As an account that may not read the file (root reads everything).
  func test_an_unreadable_plan_says_permission_denied_without_guessing() throws {
    let plan = directory.appendingPathComponent("locked.yaml").path
    XCTAssertTrue(
      FileManager.default.createFile(
        atPath: plan, contents: Data("format: accord\n".utf8), attributes: [.posixPermissions: 0]))
    let result = try Account.nobody.run(accord, ["check", plan])
    XCTAssertEqual(result.status, 65)
    XCTAssertEqual(result.error, "\(plan): cannot be read: permission denied\n")
  }

  func test_a_negative_cycle_is_named_an_invalid_value() throws {
    let result = try Subprocess.run(accord, ["--kiosk", "--cycle", "-1"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.error.contains("--cycle -1 is not valid: it takes seconds from 1 to 3600"), result.error)
  }
}

/// The bundled plan's text, as `accord` writes it nowhere: read from the repository.
enum PlanFixture {
  static var bundled: String {
    get throws {
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
      return try String(
        contentsOf: root.appendingPathComponent("sample-data/lao-cambodia-2023-2027.yaml"), encoding: .utf8)
    }
  }
}
