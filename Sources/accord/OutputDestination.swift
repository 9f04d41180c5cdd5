import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `-o FILE` names, and so how it may be written without destroying it: a regular file is
/// replaced whole by a new one with its owner, group and mode; a symlink is followed to what it
/// names; a terminal, a FIFO or a character device is written in place, since replacing it
/// would turn `/dev/null` or a pipe into a text file.
enum OutputDestination: Equatable {
  /// Nothing there yet: a new file, 0666 less the umask.
  case newFile(path: String)
  /// A regular file: a new one renamed over it, given its owner, group and mode.
  case replace(path: String, owner: uid_t, group: gid_t, mode: mode_t)
  /// A regular file that a rename would not keep whole (other hard links to it): rewritten in
  /// place, as editors do.
  case rewrite(path: String)
  /// A terminal, FIFO or character device: written to as it is, never created or replaced.
  case stream(path: String)

  var path: String {
    switch self {
    case .newFile(let path), .replace(let path, _, _, _), .rewrite(let path), .stream(let path): path
    }
  }

  /// Symlinks followed further than this are a loop, as the kernel's own ELOOP says.
  static let linkLimit = 40

  /// What `path` is, after following symlinks (a dangling one names the file to create).
  static func of(_ path: String) throws(OutputError) -> OutputDestination {
    var info = stat()
    guard stat(path, &info) == 0 else {
      guard errno == ENOENT else { throw OutputError(path: path, errno: errno) }
      return .newFile(path: try resolvingLinks(path))
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      // Renamed over where the links lead, so the links stay.
      let file = try resolvingLinks(path)
      if info.st_nlink > 1 { return .rewrite(path: file) }
      return .replace(path: file, owner: info.st_uid, group: info.st_gid, mode: info.st_mode & 0o7777)
    // Opened by the name given: `/dev/stdout` leads through /proc to `pipe:[n]`, which is no path.
    case S_IFCHR, S_IFIFO: return .stream(path: path)
    case S_IFDIR: throw OutputError(path: path, reason: Messages.writing.localized("is a directory; give a file name"))
    case S_IFBLK:
      throw OutputError(
        path: path, reason: Messages.writing.localized("is a block device; accord does not write over a disk"))
    default:
      throw OutputError(
        path: path, reason: Messages.writing.localized("is a socket; give a file, a pipe or a terminal"))
    }
  }

  /// `path` with its symlinks followed to the name they end at (that may not exist yet).
  private static func resolvingLinks(_ path: String) throws(OutputError) -> String {
    var path = path
    for _ in 0...linkLimit {
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
      path = try linkTarget(of: path)
    }
    throw OutputError(path: path, errno: ELOOP)
  }

  /// Where the symlink at `path` points, as a path from here.
  private static func linkTarget(of path: String) throws(OutputError) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length >= 0 else { throw OutputError(path: path, errno: errno) }
    let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if target.hasPrefix("/") { return target }
    return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
  }
}

/// Why an output could not be written: `accord: cannot write FILE: reason`, exit status 73.
struct OutputError: Error, Equatable {
  let path: String
  let reason: String

  init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  init(path: String, errno code: Int32) {
    self.init(path: path, reason: String(cString: strerror(code)))
  }

  var message: String {
    "accord: " + Messages.fill(Messages.writing.localized("cannot write %1$s: %2$s"), path, reason)
  }
}
