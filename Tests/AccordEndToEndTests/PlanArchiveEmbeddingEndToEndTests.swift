import AccordCore
import ContentHashing
import Foundation
import XCTest

/// The build compiles in the hash of each bundled YAML (FileEmbedder's `hashes` mode, run by the
/// build plugin), and the bundled plan's archive is read only when it names that hash: a plan
/// edited without `make plan-archive` gives a binary that parses the new YAML, never one that
/// shows the old plan.
final class PlanArchiveEmbeddingEndToEndTests: XCTestCase {
  /// The hash the build compiles in for `yaml`, read from the source FileEmbedder writes.
  func compiledInHash(of yaml: String) throws -> UInt64? {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hashes-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    try yaml.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("hashes.swift")
    let result = try Subprocess.run(
      try AccordBinary.fileEmbedderPath(),
      ["hashes", "hashes", output.path, folder.appendingPathComponent("plan.yaml").path])
    XCTAssertEqual(result.status, 0, result.error)
    let source = try String(contentsOf: output, encoding: .utf8)
    guard let range = source.range(of: #""plan.yaml": 0x[0-9a-f]+"#, options: .regularExpression) else { return nil }
    return UInt64(source[range].split(separator: "x").last ?? "", radix: 16)
  }

  func minimalPlan() throws -> String {
    try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AccordCoreTests/Fixtures/minimal-plan.yaml").standardized, encoding: .utf8)
  }

  func archive(of yaml: String) throws -> [UInt8] {
    PlanArchive.bytes(of: try PlanLoader.load(text: yaml, file: "plan.yaml"), sourceHash: ContentHash.of(yaml))
  }

  func test_an_archive_made_from_the_yaml_compiled_in_is_read() throws {
    let plan = try minimalPlan()
    let hash = try XCTUnwrap(try compiledInHash(of: plan))
    XCTAssertEqual(hash, ContentHash.of(plan))
    XCTAssertEqual(
      try PlanArchive.plan(from: try archive(of: plan), sourceHash: hash),
      try PlanLoader.load(text: plan, file: "plan.yaml"))
  }

  func test_an_archive_of_an_older_yaml_is_refused() throws {
    let plan = try minimalPlan()
    let hash = try XCTUnwrap(try compiledInHash(of: plan + "# edited after the archive was made\n"))
    XCTAssertThrowsError(try PlanArchive.plan(from: try archive(of: plan), sourceHash: hash)) { error in
      XCTAssertEqual(error as? PlanArchiveError, .otherSource)
    }
  }
}
