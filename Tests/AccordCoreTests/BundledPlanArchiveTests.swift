import Foundation
import Testing

@testable import AccordCore

/// The bundled plan's archive, committed beside its YAML and compiled in, is what the YAML
/// decodes to: a plan changed without `make plan-archive` cannot land.
@Suite struct BundledPlanArchiveTests {
  static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../sample-data").standardized

  @Test func theCommittedArchiveIsTheOneMakePlanArchiveWrites() throws {
    let yaml = try Data(contentsOf: Self.sampleData.appendingPathComponent("lao-cambodia-2023-2027.yaml"))
    let committed = try Data(contentsOf: Self.sampleData.appendingPathComponent("lao-cambodia-2023-2027.archive"))
    let fresh = PlanArchive.bytes(
      of: try PlanLoader.load(data: yaml, file: "bundled"), sourceHash: ContentHash.of(yaml))
    // A Bool, not the two arrays: a failure would print 160 KB of bytes.
    let isCurrent = [UInt8](committed) == fresh
    #expect(isCurrent, "sample-data/lao-cambodia-2023-2027.archive is stale: run `make plan-archive` and commit it")
  }

  @Test func theCompiledInArchiveIsReadAndIsTheParsedPlan() throws {
    #expect(try PlanLoader.bundledArchive() == PlanLoader.parsedBundled())
    #expect(try PlanLoader.bundled() == PlanLoader.parsedBundled())
  }

  @Test func embeddedBytesComeBackAsWritten() {
    // FileEmbedder's `bytes` mode: each byte the character of its number.
    let bytes = (0...255).map { UInt8($0) } + [0xC3, 0x80, 0x7F, 0x80]
    let literal = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    #expect(EmbeddedBytes.bytes(of: literal) == bytes)
  }
}
