import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `-o FILE` never destroys what it writes over: a regular file keeps its owner, group and
/// mode, a symlink is written through, a FIFO or a device is written to, never replaced.
final class OutputFileEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-output-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: directory)
  }

  private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  private func fileType(_ path: String) -> mode_t {
    var info = stat()
    XCTAssertEqual(lstat(path, &info), 0, path)
    return info.st_mode & S_IFMT
  }

  /// The briefing as `accord` prints it to standard output: what every `-o` below must hold.
  /// (Not the calendar: its DTSTAMP is the second it is written.)
  private func report() throws -> String {
    try Subprocess.check(try accord, ["report", "--today", "2026-11-24"])
  }

  func test_a_shared_file_keeps_its_group_and_mode() throws {
    guard geteuid() == 0 else { throw XCTSkip("giving a file to another group needs root") }
    let shared = path("shared.md")
    try "old\n".write(toFile: shared, atomically: false, encoding: .utf8)
    // A group no account is in, as a shared deployment's editors group would be to root.
    XCTAssertEqual(chown(shared, 0, 4242), 0)
    XCTAssertEqual(chmod(shared, 0o664), 0)
    let result = try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", shared])
    XCTAssertEqual(result.status, 0, result.error)
    var info = stat()
    XCTAssertEqual(stat(shared, &info), 0)
    XCTAssertEqual(info.st_gid, 4242, "the group was taken away")
    XCTAssertEqual(info.st_mode & 0o7777, 0o664, "the mode changed")
    XCTAssertEqual(try String(contentsOfFile: shared, encoding: .utf8), try report())
  }

  func test_a_new_file_gets_the_usual_mode_and_a_symlink_is_written_through() throws {
    let made = path("made.md")
    XCTAssertEqual(try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", made]).status, 0)
    var info = stat()
    XCTAssertEqual(stat(made, &info), 0)
    let mask = umask(0)
    umask(mask)
    XCTAssertEqual(info.st_mode & 0o777, 0o666 & ~mask, "a new file is 0666 less the umask")

    let target = path("target.md")
    try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
    XCTAssertEqual(symlink("target.md", path("link.md")), 0)
    XCTAssertEqual(
      try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", path("link.md")]).status, 0)
    XCTAssertEqual(fileType(path("link.md")), S_IFLNK, "the symlink was replaced by a file")
    XCTAssertEqual(
      try String(contentsOfFile: target, encoding: .utf8), try report(), "the link's target was not written")

    // A link to nothing yet names the file to make.
    XCTAssertEqual(symlink("later.md", path("dangling.md")), 0)
    XCTAssertEqual(
      try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", path("dangling.md")]).status, 0)
    XCTAssertEqual(fileType(path("dangling.md")), S_IFLNK)
    XCTAssertEqual(try String(contentsOfFile: path("later.md"), encoding: .utf8), try report())
  }

  func test_a_fifo_is_written_to_and_stays_a_fifo() throws {
    let fifo = path("pipe")
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    // No reader: refused at once, never waiting for one.
    let alone = try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", fifo])
    XCTAssertEqual(alone.status, 73)
    XCTAssertEqual(alone.error, "accord: cannot write \(fifo): no process is reading this FIFO\n")
    XCTAssertEqual(fileType(fifo), S_IFIFO)

    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    XCTAssertGreaterThanOrEqual(reader, 0)
    defer { close(reader) }
    let pid = try Subprocess.spawn(try accord, ["report", "--today", "2026-11-24", "-o", fifo])
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var status: Int32?
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let count = read(reader, &buffer, buffer.count)
      if count > 0 {
        received += buffer[..<count]
        continue
      }
      if let ended = status ?? Subprocess.reap(pid) {
        status = ended
        if count == 0 || (count < 0 && errno == EAGAIN) { break }
      }
      usleep(10_000)
    }
    XCTAssertEqual(status, 0)
    XCTAssertEqual(String(decoding: received, as: UTF8.self), try report())
    XCTAssertEqual(fileType(fifo), S_IFIFO, "the FIFO was replaced")
  }

  func test_dev_stdout_is_standard_output_whatever_it_is() throws {
    // A pipe: /dev/stdout leads through /proc to `pipe:[n]`, to be opened, not followed.
    let script = "\(shellQuoted(try accord)) report --today 2026-11-24 -o /dev/stdout | cat"
    let piped = try Subprocess.run("/bin/bash", ["-c", script])
    XCTAssertEqual(piped.status, 0, piped.error)
    XCTAssertEqual(piped.output, try report())
  }

  func test_a_full_device_is_an_error_and_stays_a_device() throws {
    // A node of its own for /dev/full (1, 7; 0x107 as Linux numbers it): an accord that
    // replaced it must not take the machine's /dev/full with it.
    let full = path("full")
    guard mknod(full, S_IFCHR | 0o666, dev_t(0x107)) == 0 else {
      throw XCTSkip("cannot make a device node here (needs root)")
    }
    let result = try Subprocess.run(try accord, ["report", "--today", "2026-11-24", "-o", full])
    XCTAssertEqual(result.status, 73)
    XCTAssertEqual(result.error, "accord: cannot write \(full): No space left on device\n")
    XCTAssertEqual(fileType(full), S_IFCHR, "the device was replaced by a file")

    // And one of /dev/null (1, 3): written to, nothing said, still a device.
    let null = path("null")
    XCTAssertEqual(mknod(null, S_IFCHR | 0o666, dev_t(0x103)), 0)
    let discarded = try Subprocess.run(try accord, ["export", "-o", null])
    XCTAssertEqual(discarded.status, 0, discarded.error)
    XCTAssertEqual(fileType(null), S_IFCHR, "/dev/null was replaced by a file")
  }

  func test_a_directory_is_refused_by_name() throws {
    let result = try Subprocess.run(try accord, ["export", "-o", directory.path])
    XCTAssertEqual(result.status, 73)
    XCTAssertEqual(result.error, "accord: cannot write \(directory.path): is a directory; give a file name\n")
  }
}
