import Foundation
import XCTest

/// `scripts/fuzz`, which CI runs after the tests, fails whenever a fuzzer does: run with
/// stand-in targets (FUZZ_BIN) that crash, are killed without a word, try nothing, or run clean.
final class FuzzScriptEndToEndTests: XCTestCase {
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

  func test_a_fuzzer_that_crashes_fails_the_run() throws {
    let run = try fuzz(standIn: "echo '==12==ERROR: AddressSanitizer: SEGV on unknown address'; exit 77")
    XCTAssertEqual(run.status, 1, run.error)
    XCTAssertTrue(run.output.contains("==12==ERROR"), "the fuzzer's report is shown: \(run.output)")
    XCTAssertTrue(run.error.contains("FuzzPlanLoader failed (status 77)"), run.error)
    XCTAssertFalse(run.output.contains("clean"), run.output)
  }

  func test_a_fuzzer_killed_without_a_word_fails_the_run() throws {
    let run = try fuzz(standIn: "kill -9 $$")
    XCTAssertEqual(run.status, 1, run.error)
    XCTAssertTrue(run.error.contains("FuzzPlanLoader was killed by signal 9"), run.error)
  }

  func test_a_fuzzer_that_runs_no_input_fails_the_run() throws {
    let run = try fuzz(standIn: "echo 'INFO: seed corpus: files: 0'; exit 0")
    XCTAssertEqual(run.status, 1, run.error)
    XCTAssertTrue(run.error.contains("FuzzPlanLoader ran no input"), run.error)
  }

  func test_a_fuzzer_that_runs_clean_passes() throws {
    let run = try fuzz(standIn: "echo 'stat::number_of_executed_units: 4242'; exit 0")
    XCTAssertEqual(run.status, 0, run.error)
    XCTAssertTrue(run.output.contains("fuzz: every target ran 1s clean"), run.output)
  }

  /// Runs `scripts/fuzz` on FuzzPlanLoader played by a shell script of `body`.
  private func fuzz(standIn body: String) throws -> (status: Int32, output: String, error: String) {
    let standIn = directory.appendingPathComponent("FuzzPlanLoader")
    try "#!/bin/sh\n\(body)\n".write(to: standIn, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("scripts/fuzz").path
    return try Subprocess.run(
      "/usr/bin/env", ["FUZZ_BIN=\(directory.path)", "FUZZ_TARGETS=FuzzPlanLoader", "FUZZ_SECONDS=1", "bash", script])
  }
}
