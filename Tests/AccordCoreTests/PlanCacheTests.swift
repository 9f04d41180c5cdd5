import Foundation
import Testing

@testable import AccordCore

/// A plan file's archive kept between runs: read when it is an intact archive of the file's
/// bytes, never otherwise.
@Suite struct PlanCacheTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plan-cache-\(UUID())").path
  var cache: PlanCache { PlanCache(directory: directory + "/accord/plans", build: "test") }

  func planFile(_ text: String) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/plan.yaml"
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  func entries() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).sorted()
  }

  @Test func aParsedPlanIsKeptAndReadBack() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = try planFile(try Fixture.text("minimal-plan.yaml"))
    let parsed = try PlanLoader.load(path: path)
    #expect(try PlanLoader.load(path: path, cache: cache) == parsed)
    #expect(entries().count == 1)
    // The entry is what the next start reads: one holding another plan under the same key is
    // taken (which is why only an intact archive of these very bytes may sit there).
    let hash = ContentHash.of(try Data(contentsOf: URL(fileURLWithPath: path)))
    let entry = cache.entryPath(for: path, contentHash: hash)
    var other = parsed
    other.info.title = "Read from the cache"
    try Data(PlanArchive.bytes(of: other, sourceHash: hash)).write(to: URL(fileURLWithPath: entry))
    #expect(try PlanLoader.load(path: path, cache: cache).info.title == "Read from the cache")
  }

  @Test func aDamagedOrMismatchedEntryIsIgnoredAndWrittenAnew() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = try planFile(try Fixture.text("minimal-plan.yaml"))
    let parsed = try PlanLoader.load(path: path, cache: cache)
    let entry = cache.directory + "/" + entries()[0]
    let good = try Data(contentsOf: URL(fileURLWithPath: entry))
    var damaged = good
    damaged[damaged.count / 2] ^= 0xFF
    for bad in [damaged, good.prefix(good.count - 3), Data(PlanArchive.bytes(of: parsed, sourceHash: 1)), Data()] {
      try bad.write(to: URL(fileURLWithPath: entry))
      #expect(try PlanLoader.load(path: path, cache: cache) == parsed)
      #expect(try Data(contentsOf: URL(fileURLWithPath: entry)) == good, "the entry is written anew")
    }
  }

  @Test func anEditedFileIsParsedAgainAndItsOldEntryRemoved() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = try Fixture.text("minimal-plan.yaml")
    let path = try planFile(text)
    _ = try PlanLoader.load(path: path, cache: cache)
    let first = entries()
    _ = try planFile(text.replacingOccurrences(of: "name: Foreign Affairs", with: "name: Foreign Affairs and Protocol"))
    let edited = try PlanLoader.load(path: path, cache: cache)
    #expect(edited.pillars[0].sectors[0].name == "Foreign Affairs and Protocol")
    #expect(entries().count == 1)
    #expect(entries() != first)
  }

  @Test func aPlanWithProblemsIsNeverKeptAndSaysThemEachTime() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = try planFile(
      try Fixture.text("minimal-plan.yaml").replacingOccurrences(of: "kind: continuous", with: "kind: often"))
    for _ in 0..<2 {
      #expect(throws: PlanLoadError.self) { try PlanLoader.load(path: path, cache: cache) }
    }
    #expect(entries().isEmpty)
  }

  @Test func aCacheThatCannotBeWrittenCostsNothingButSpeed() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = try planFile(try Fixture.text("minimal-plan.yaml"))
    // A file where the cache's directory would be.
    try Data().write(to: URL(fileURLWithPath: directory + "/accord"))
    #expect(try PlanLoader.load(path: path, cache: cache) == PlanLoader.load(path: path))
  }

  @Test func theUsersCacheFollowsXDGAndCanBeTurnedOff() {
    #expect(PlanCache.user(version: "1", environment: ["HOME": "/h"])?.directory == "/h/.cache/accord/plans")
    #expect(
      PlanCache.user(version: "1", environment: ["HOME": "/h", "XDG_CACHE_HOME": "/x"])?.directory == "/x/accord/plans")
    #expect(PlanCache.user(version: "1", environment: ["HOME": "/h", "ACCORD_CACHE": "off"]) == nil)
    #expect(PlanCache.user(version: "1", environment: [:]) == nil)
    #expect(
      PlanCache.user(version: "1", environment: ["HOME": "/h"])?.build
        != PlanCache.user(version: "2", environment: ["HOME": "/h"])?.build)
  }
}
