import Foundation

extension OutputFile {
  /// The first `length` bytes of a regular file already at `path`, as text; nil when there is
  /// none, or it is a pipe, a device or a folder (reading one could wait for ever) or unreadable.
  static func start(of path: String, length: Int) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: length)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, length) }
    guard count > 0 else { return nil }
    return String(decoding: bytes.prefix(count), as: UTF8.self)
  }
}
