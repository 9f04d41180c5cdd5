import Foundation
import Testing

@testable import AccordCore

/// A plan archived and read back is the very plan; bytes that are not an intact archive are an
/// error, never a crash and never another plan.
@Suite struct PlanArchiveTests {
  static func archive(_ plan: Plan) -> [UInt8] { PlanArchive.bytes(of: plan, sourceHash: 7) }

  @Test func theBundledPlanComesBackEqual() throws {
    let plan = try PlanLoader.parsedBundled()
    #expect(try PlanArchive.plan(from: Self.archive(plan), sourceHash: 7) == plan)
  }

  @Test func theSyntheticPlanOf10000CommitmentsComesBackEqual() throws {
    let plan = try PlanLoader.load(text: SyntheticPlan.yaml(commitments: 10_000, meetings: 1_000), file: "synthetic")
    #expect(try PlanArchive.plan(from: Self.archive(plan)) == plan)
  }

  /// Every optional present and every field away from its default, which neither data file has
  /// everywhere: a field the archive forgot would come back as its default.
  @Test func everyFieldComesBackSet() throws {
    let plan = PlanArchiveSamples.everyFieldSet
    #expect(try PlanArchive.plan(from: Self.archive(plan)) == plan)
  }

  @Test func theSamePlanAlwaysGivesTheSameBytes() throws {
    let plan = PlanArchiveSamples.everyFieldSet
    var shuffled = plan
    shuffled.info.otherTitles = Dictionary(uniqueKeysWithValues: plan.info.otherTitles.shuffled().map { ($0, $1) })
    #expect(Self.archive(plan) == Self.archive(shuffled))
  }

  @Test func anArchiveOfAnotherSourceIsRefused() throws {
    let bytes = Self.archive(PlanArchiveSamples.everyFieldSet)
    #expect(throws: PlanArchiveError.otherSource) { try PlanArchive.plan(from: bytes, sourceHash: 8) }
  }

  @Test func anotherVersionOrNoArchiveAtAllIsRefused() throws {
    var bytes = Self.archive(PlanArchiveSamples.everyFieldSet)
    bytes[8] += 1
    #expect(throws: PlanArchiveError.otherVersion(PlanArchiveHeader.currentVersion + 1)) {
      try PlanArchive.plan(from: bytes)
    }
    #expect(throws: PlanArchiveError.notAnArchive) { try PlanArchive.plan(from: Array("format: accord-plan/1".utf8)) }
    #expect(throws: PlanArchiveError.trailingBytes(1)) {
      try PlanArchive.plan(from: Self.archive(PlanArchiveSamples.everyFieldSet) + [0])
    }
  }

  @Test func everyCutLengthIsAnError() throws {
    let bytes = Self.archive(try PlanLoader.load(path: Fixture.path("minimal-plan.yaml")))
    for length in 0..<bytes.count {
      #expect(throws: PlanArchiveError.self, "cut to \(length) bytes") {
        try PlanArchive.plan(from: Array(bytes[..<length]))
      }
    }
  }

  /// The header made to match the cut payload, as a forged or unlucky file could: the reader's
  /// own bounds checks must stop at every length.
  @Test func everyCutPayloadUnderAMatchingHeaderIsAnError() throws {
    let bytes = Self.archive(try PlanLoader.load(path: Fixture.path("minimal-plan.yaml")))
    let payload = Array(bytes[PlanArchiveHeader.size...])
    for length in 0..<payload.count {
      let cut = Array(payload[..<length])
      let forged = PlanArchiveHeader(sourceHash: 7, payload: cut).bytes + cut
      #expect(throws: PlanArchiveError.self, "payload cut to \(length) bytes") { try PlanArchive.plan(from: forged) }
    }
  }

  /// With its source known, as the plan cache reads it, every byte of the header counts: a changed
  /// magic, version, source hash, length or checksum is refused.
  @Test func everyHeaderByteChangedIsAnError() throws {
    let original = Self.archive(try PlanLoader.load(path: Fixture.path("minimal-plan.yaml")))
    for index in 0..<PlanArchiveHeader.size {
      for flip: UInt8 in [0x01, 0x80, 0xFF] {
        var bytes = original
        bytes[index] ^= flip
        #expect(throws: PlanArchiveError.self, "header byte \(index) ^ \(flip)") {
          try PlanArchive.plan(from: bytes, sourceHash: 7)
        }
      }
    }
  }

  /// The bundled archive is read without a source to match (its hash was checked when it was
  /// built), so the payload's checksum alone must catch a changed byte. Seeded: a failure names
  /// the byte and can be made again.
  @Test(arguments: [UInt64(1), 2, 3]) func payloadByteFlipsAreErrors(seed: UInt64) throws {
    let original = Self.archive(try PlanLoader.parsedBundled())
    var generator = SplitMix64(seed: seed)
    for _ in 0..<150 {
      var bytes = original
      let index = Int.random(in: PlanArchiveHeader.size..<bytes.count, using: &generator)
      bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
      #expect(throws: PlanArchiveError.self, "byte \(index) changed") { try PlanArchive.plan(from: bytes) }
    }
  }

  /// Flips under a checksum made to match: whatever comes out, a plan or an error, nothing traps
  /// (a count is never trusted past the bytes left).
  @Test func flipsUnderAMatchingChecksumNeverCrash() throws {
    let bytes = Self.archive(try PlanLoader.load(path: Fixture.path("minimal-plan.yaml")))
    var payload = Array(bytes[PlanArchiveHeader.size...])
    var generator = SplitMix64(seed: 34)
    var refused = 0
    for _ in 0..<2_000 {
      let index = Int.random(in: 0..<payload.count, using: &generator)
      let old = payload[index]
      payload[index] = UInt8.random(in: 0...255, using: &generator)
      if (try? PlanArchive.plan(from: PlanArchiveHeader(sourceHash: 7, payload: payload).bytes + payload)) == nil {
        refused += 1
      }
      payload[index] = old
    }
    #expect(refused > 0)
  }
}
