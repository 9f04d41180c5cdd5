import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `-o` onto a shared file (root:4242, 0664) by a member of its group, who cannot give a new
/// file root's ownership: the file is rewritten in place, keeping owner, group and mode, and a
/// full disk refuses it before a byte is overwritten. As root, through setpriv; else skipped.
final class SharedOutputFileEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var shared: String { directory.appendingPathComponent("shared.md").path }

  override func setUpWithError() throws {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      throw XCTSkip("runs accord as another account: needs root and setpriv")
    }
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-shared-output-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    if let directory {
      _ = try? Subprocess.run("/bin/umount", [directory.path])
      try? FileManager.default.removeItem(at: directory)
    }
  }

  /// The shared file with "old" in it, as the group's editors keep it.
  private func makeSharedFile() throws {
    try "old\n".write(toFile: shared, atomically: false, encoding: .utf8)
    XCTAssertEqual(chown(shared, 0, 4242), 0)
    XCTAssertEqual(chmod(shared, 0o664), 0)
  }

  /// `accord report -o shared.md` as uid 64101, a member of group 4242.
  private func reportAsGroupMember() throws -> (status: Int32, output: String, error: String) {
    try Subprocess.run(
      "/usr/bin/setpriv",
      ["--reuid=64101", "--regid=64100", "--groups=4242", try accord, "report", "--today", "2026-11-24", "-o", shared])
  }

  private func assertOwnershipKept(_ message: String, file: StaticString = #filePath, line: UInt = #line) {
    var info = stat()
    XCTAssertEqual(stat(shared, &info), 0)
    XCTAssertEqual(
      [info.st_uid, info.st_gid, info.st_mode & 0o7777], [0, 4242, 0o664], message, file: file, line: line)
  }

  func test_a_group_member_rewrites_a_shared_file_in_place() throws {
    let report = try Subprocess.check(try accord, ["report", "--today", "2026-11-24"])
    // Writable: the new file's fchown fails, so it is copied in; not writable: none can be made.
    for directoryMode: mode_t in [0o777, 0o755] {
      XCTAssertEqual(chmod(directory.path, directoryMode), 0)
      try makeSharedFile()
      let result = try reportAsGroupMember()
      XCTAssertEqual(result.status, 0, result.error)
      assertOwnershipKept("directory \(String(directoryMode, radix: 8))")
      XCTAssertEqual(try String(contentsOfFile: shared, encoding: .utf8), report)
      XCTAssertEqual(
        try FileManager.default.contentsOfDirectory(atPath: directory.path), ["shared.md"], "a temporary file was left")
    }
  }

  func test_a_full_disk_leaves_a_file_rewritten_in_place_as_it_was() throws {
    // A small file system of its own, filled until the report (27 KB, 7 pages) fits once
    // beside the old file but not a second time in its place.
    // As root (setUp makes sure), mounting a tmpfs works: its failure fails the test.
    let mounted = try Subprocess.run(
      "/bin/mount", ["-t", "tmpfs", "-o", "size=64k,mode=0777", "tmpfs", directory.path])
    guard mounted.status == 0 else { throw HarnessFailure("cannot mount a tmpfs: \(mounted.output)\(mounted.error)") }
    try makeSharedFile()
    var space = statvfs()
    XCTAssertEqual(statvfs(directory.path, &space), 0)
    let free = Int(space.f_bavail) * Int(space.f_frsize)
    let filler = directory.appendingPathComponent("filler").path
    XCTAssertTrue(FileManager.default.createFile(atPath: filler, contents: Data(count: free - 10 * 4096)))

    let result = try reportAsGroupMember()
    XCTAssertEqual(result.status, 73)
    XCTAssertEqual(result.error, "accord: cannot write \(shared): No space left on device\n")
    XCTAssertEqual(try String(contentsOfFile: shared, encoding: .utf8), "old\n", "the old file was overwritten")
    assertOwnershipKept("after a full disk")
    XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)), ["shared.md", "filler"])
  }
}
