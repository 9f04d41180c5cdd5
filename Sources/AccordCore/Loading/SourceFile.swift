import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the files accord is given (plans, themes, settings) as what they are: a regular file
/// no larger than a limit, checked before reading; a pipe, a device or a directory is refused
/// by name, never waited on; a text in another encoding is named.
public enum SourceFile {
  /// The largest plan file read: 64 MiB, over 700 times the bundled plan.
  public static let planLimit = 64 << 20
  /// The largest theme or settings file read: 1 MiB.
  public static let settingsLimit = 1 << 20

  /// The file's bytes, or why they are not read.
  public static func read(_ path: String, limit: Int) throws(SourceFileError) -> Data {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one forever.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw openError(errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason(errno)) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .directory
    case S_IFIFO: throw .notRegular(.pipe)
    case S_IFCHR: throw .notRegular(.characterDevice)
    case S_IFBLK: throw .notRegular(.blockDevice)
    case S_IFSOCK: throw .notRegular(.socket)
    default: throw .notRegular(.other)
    }
    guard Int(status.st_size) <= limit else { throw .tooLarge(bytes: Int(status.st_size), limit: limit) }

    // The file may grow while it is read: stop one byte past the limit.
    var data = Data(capacity: Int(status.st_size))
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw .unreadable(reason(errno))
      }
      data.append(contentsOf: chunk[0..<count])
      if data.count > limit { throw .tooLarge(bytes: data.count, limit: limit) }
    }
    return data
  }

  /// The bytes as UTF-8 text, or what they are instead: UTF-16 or UTF-32 (by their byte order
  /// mark), binary (a NUL byte), another encoding. A UTF-8 byte order mark is dropped.
  public static func text(_ data: Data) throws(SourceFileError) -> String {
    let bytes = [UInt8](data.prefix(4))
    if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
      throw .otherEncoding("UTF-32")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .otherEncoding("UTF-16") }
    // Through the raw bytes: `Data`'s own iteration costs ~40 ms on a 3.6 MB plan.
    if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) { throw .binary(offset: nul) }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    guard let text = String(data: body, encoding: .utf8) else { throw .notUTF8 }
    return text
  }

  private static func openError(_ code: Int32) -> SourceFileError {
    switch code {
    case ENOENT, ENOTDIR: .missing
    case EACCES, EPERM: .permissionDenied
    default: .unreadable(reason(code))
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif

/// Why a file was not read; AccordText words it after the file's name (`FILE: message`).
public enum SourceFileError: Error, Equatable, Sendable {
  case missing
  case directory
  /// What the file is instead: a pipe, a device, a socket.
  case notRegular(Kind)
  case tooLarge(bytes: Int, limit: Int)
  case permissionDenied
  /// The system's reason (strerror's words).
  case unreadable(String)
  case otherEncoding(String)
  case binary(offset: Int)
  case notUTF8

  public enum Kind: Equatable, Sendable {
    case pipe
    case characterDevice
    case blockDevice
    case socket
    case other
  }
}
