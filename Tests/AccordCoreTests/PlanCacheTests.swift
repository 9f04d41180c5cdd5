import ContentHashing
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

  /// Entries of plan files no longer opened (deleted, moved) go once they have not been read for
  /// a month; an entry read now and then stays however old it is.
  @Test func entriesNotReadForAMonthAreRemovedWhenAnotherIsWritten() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let text = try Fixture.text("minimal-plan.yaml")
    let path = try planFile(text)
    _ = try PlanLoader.load(path: path, cache: cache)
    let used = cache.directory + "/" + entries()[0]
    let unused = cache.directory + "/0000000000000000-0000000000000000-0000000000000000.plan"
    let recent = cache.directory + "/1111111111111111-1111111111111111-1111111111111111.plan"
    try Data("an entry of a deleted plan".utf8).write(to: URL(fileURLWithPath: unused))
    try Data("an entry written yesterday".utf8).write(to: URL(fileURLWithPath: recent))
    let monthsAgo = Date().addingTimeInterval(-PlanCache.unusedLifetime - 86_400)
    for entry in [used, unused] {
      try FileManager.default.setAttributes([.modificationDate: monthsAgo], ofItemAtPath: entry)
    }
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-86_400)], ofItemAtPath: recent)
    // Read: the old entry is marked used.
    _ = try PlanLoader.load(path: path, cache: cache)
    let touched = try FileManager.default.attributesOfItem(atPath: used)[.modificationDate] as? Date
    #expect(touched.map { $0 > monthsAgo.addingTimeInterval(86_400) } == true)
    // Another plan file parsed and kept: the unused entry goes, the used and the recent stay.
    let other = directory + "/other.yaml"
    try text.write(toFile: other, atomically: false, encoding: .utf8)
    _ = try PlanLoader.load(path: other, cache: cache)
    #expect(!FileManager.default.fileExists(atPath: unused))
    #expect(FileManager.default.fileExists(atPath: used))
    #expect(FileManager.default.fileExists(atPath: recent))
    #expect(entries().count == 3)
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
