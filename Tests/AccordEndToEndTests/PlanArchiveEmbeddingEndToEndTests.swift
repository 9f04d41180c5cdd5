import AccordCore
import Foundation
import XCTest

/// The build compiles a plan's archive in (FileEmbedder's `bytes` mode, run by the build plugin)
/// only when it was made from the YAML beside it: a plan edited without `make plan-archive`
/// gives a binary that parses the new YAML, never one that shows the old plan.
final class PlanArchiveEmbeddingEndToEndTests: XCTestCase {
  func embed(yaml: String, archiveOf archived: String) throws -> (error: String, source: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archives-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    try yaml.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    let archive = folder.appendingPathComponent("plan.archive")
    let plan = try PlanLoader.load(text: archived, file: "plan.yaml")
    try Data(PlanArchive.bytes(of: plan, sourceHash: ContentHash.of(archived))).write(to: archive)
    let output = folder.appendingPathComponent("archives.swift")
    let result = try Subprocess.run(
      try AccordBinary.fileEmbedderPath(), ["bytes", "archives", output.path, archive.path])
    XCTAssertEqual(result.status, 0, result.error)
    return (result.error, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
  }

  func minimalPlan() throws -> String {
    try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AccordCoreTests/Fixtures/minimal-plan.yaml").standardized, encoding: .utf8)
  }

  func test_an_archive_made_from_the_yaml_beside_it_is_compiled_in() throws {
    let plan = try minimalPlan()
    let result = try embed(yaml: plan, archiveOf: plan)
    XCTAssertTrue(result.source.contains("\"plan.archive\": \"ACCORDPA"), result.source)
    XCTAssertEqual(result.error, "")
  }

  func test_an_archive_of_an_older_yaml_is_left_out_with_a_warning() throws {
    let plan = try minimalPlan()
    let result = try embed(yaml: plan + "# edited after the archive was made\n", archiveOf: plan)
    XCTAssertFalse(result.source.contains("plan.archive"), result.source)
    XCTAssertTrue(result.error.contains("run `make plan-archive`"), result.error)
  }
}
