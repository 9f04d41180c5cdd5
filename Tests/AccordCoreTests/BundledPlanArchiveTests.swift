import ContentHashing
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

  /// The build does not see that the assembly depends on the archive: its stamp line changes
  /// with the archive, and a build that assembled another one is caught here.
  @Test func theAssemblyIsStampedWithTheCommittedArchiveAndTheBuildAssembledIt() throws {
    let committed = [UInt8](
      try Data(contentsOf: Self.sampleData.appendingPathComponent("lao-cambodia-2023-2027.archive")))
    let assembly = try String(
      contentsOf: Self.sampleData.appendingPathComponent("../Sources/CBundledPlan/bundled_plan.S").standardized,
      encoding: .utf8)
    #expect(assembly.contains(BundledArchive.stamp(of: committed) + "\n"), "run `make plan-archive` and commit it")
    let isAssembled = Array(BundledArchive.bytes) == committed
    #expect(isAssembled, "the binary holds another archive than sample-data's: build again")
  }

  @Test func anotherArchiveMakesAnotherStamp() throws {
    let archive = PlanArchive.bytes(of: try PlanLoader.load(path: Fixture.path("minimal-plan.yaml")), sourceHash: 7)
    var changed = archive
    changed[changed.count - 1] ^= 1
    let changedArchive =
      PlanArchiveHeader(sourceHash: 7, payload: Array(changed[PlanArchiveHeader.size...])).bytes
      + changed[PlanArchiveHeader.size...]
    #expect(BundledArchive.stamp(of: archive) != BundledArchive.stamp(of: changedArchive))
    #expect(BundledArchive.stamp(of: archive).hasSuffix("made from the YAML of hash 0x0000000000000007"))
    #expect(
      BundledArchive.stamped("a\n// Archive: old\nb", for: archive) == "a\n\(BundledArchive.stamp(of: archive))\nb")
  }

}
