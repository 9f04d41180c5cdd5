#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file looked like when last read: enough to notice an edit, a replacement (editors
/// often write a new file and rename it over the old) or a removal, without reading it. One
/// `stat`, cheap enough to repeat many times a second.
public struct FileStamp: Equatable, Sendable {
  public var seconds: Int
  public var nanoseconds: Int
  public var size: Int
  public var inode: Int

  /// The file's stamp now, nil when it does not exist.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      (seconds, nanoseconds) = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
    #else
      (seconds, nanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
    #endif
    size = Int(info.st_size)
    inode = Int(info.st_ino)
  }
}
