import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An empty file, private to this process, where an output is made complete before it goes
/// where it was asked to. Beside its destination (so a rename is atomic: the same file
/// system), or in the temporary directory when it will be copied.
struct TemporaryFile {
  let path: String

  init(beside destination: String?) throws(OutputError) {
    let template: String
    if let destination {
      let name = (destination as NSString).lastPathComponent
      template = ((destination as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
        ".\(name).accord-XXXXXX")
    } else {
      let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
      template = (directory as NSString).appendingPathComponent("accord-output-XXXXXX")
    }
    var bytes = Array(template.utf8CString)
    let descriptor = mkstemp(&bytes)
    guard descriptor >= 0 else { throw OutputError(path: destination ?? template, errno: errno) }
    close(descriptor)
    path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Gone; a no-op once renamed.
  func remove() { unlink(path) }

  /// Renamed over `destination` (a new or a regular file), with its owner, group and mode, or
  /// 0666 less the umask for a new one; flushed to disk first, so a crash leaves the old file
  /// or the new, never half of one. False, and nothing done, when the owner or the group cannot
  /// be kept (only root gives a file away).
  func takePlace(of destination: OutputDestination) throws(OutputError) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OutputError(path: path, errno: errno) }
    defer { close(descriptor) }
    switch destination {
    case .replace(_, let owner, let group, let mode):
      var made = stat()
      guard fstat(descriptor, &made) == 0 else { throw OutputError(path: path, errno: errno) }
      if made.st_uid != owner || made.st_gid != group {
        guard fchown(descriptor, owner, group) == 0 else { return false }
      }
      guard fchmod(descriptor, mode) == 0 else { throw OutputError(path: path, errno: errno) }
    default:
      let mask = umask(0)
      umask(mask)
      guard fchmod(descriptor, 0o666 & ~mask) == 0 else { throw OutputError(path: path, errno: errno) }
    }
    guard fsync(descriptor) == 0 else { throw OutputError(path: destination.path, errno: errno) }
    guard rename(path, destination.path) == 0 else { throw OutputError(path: destination.path, errno: errno) }
    return true
  }
}
