import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an export goes: standard output, or with `-o FILE` a file written whole (a partial
/// file never replaces a good one), as `OutputFile` writes it.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func write(_ text: String) throws {
    guard let output, output != "-" else {
      Console.outDocument(text)
      return
    }
    do throws(OutputError) {
      try OutputFile.write(Array(text.utf8), to: output)
    } catch {
      throw Failure(.cannotCreate, error.message)
    }
  }
}

/// Writes an output file without destroying what is there (see `OutputDestination`): the
/// content is made complete in a file of its own first, so a full disk or a failure half-way
/// leaves the old file as it was.
enum OutputFile {
  static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
    try write(to: path) { (made: String) throws(OutputError) in
      let descriptor = open(made, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw OutputError(path: made, errno: errno) }
      defer { close(descriptor) }
      try DescriptorWriting.write(bytes, to: descriptor, path: path)
    }
  }

  /// `produce` fills the empty file at the path it is given (SQLite's `VACUUM INTO` makes a
  /// backup this way); then it takes the destination's place, or is copied into it.
  static func write(to path: String, producedBy produce: (String) throws(OutputError) -> Void) throws(OutputError) {
    let destination = try OutputDestination.of(path)
    let beside: TemporaryFile?
    switch destination {
    case .newFile: beside = try TemporaryFile(beside: destination.path)
    // A directory this account cannot write, beside a file it can: the file is rewritten.
    case .replace: beside = try? TemporaryFile(beside: destination.path)
    case .rewrite, .stream: beside = nil
    }
    let made: TemporaryFile
    if let beside { made = beside } else { made = try TemporaryFile(beside: nil) }
    defer { made.remove() }
    try produce(made.path)
    if beside != nil, try made.takePlace(of: destination) { return }
    if case .stream = destination {
      try copy(made.path, into: destination)
    } else {
      // Also when the owner or group cannot be given to a new file (only root can).
      try copy(made.path, into: .rewrite(path: destination.path))
    }
  }

  /// The file at `source` written into a regular file in place, or to a terminal, FIFO or
  /// device. In place, the room is taken first, so a full disk refuses the write before a byte
  /// of the old file is overwritten.
  private static func copy(_ source: String, into destination: OutputDestination) throws(OutputError) {
    let path = destination.path
    let input = open(source, O_RDONLY | O_CLOEXEC)
    guard input >= 0 else { throw OutputError(path: source, errno: errno) }
    defer { close(input) }
    let inPlace = destination != .stream(path: path)
    // Not blocked waiting for a FIFO's reader: with none, the open fails (ENXIO) at once.
    let output = open(path, (inPlace ? O_WRONLY : O_WRONLY | O_NONBLOCK | O_NOCTTY) | O_CLOEXEC)
    guard output >= 0 else {
      if errno == ENXIO { throw OutputError(path: path, reason: "no process is reading this FIFO") }
      throw OutputError(path: path, errno: errno)
    }
    var closed = false
    defer { if !closed { close(output) } }
    _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) & ~O_NONBLOCK)
    var info = stat()
    guard fstat(input, &info) == 0 else { throw OutputError(path: source, errno: errno) }
    if inPlace {
      // EINVAL for an empty file, EOPNOTSUPP where the file system cannot: written as it comes.
      let reserved = posix_fallocate(output, 0, info.st_size)
      guard [0, EINVAL, EOPNOTSUPP].contains(reserved) else { throw OutputError(path: path, errno: reserved) }
    }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = read(input, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw OutputError(path: source, errno: errno) }
      if count == 0 { break }
      try DescriptorWriting.write(buffer[..<count], to: output, path: path)
    }
    if inPlace, ftruncate(output, info.st_size) != 0 { throw OutputError(path: path, errno: errno) }
    closed = true
    guard close(output) == 0 || errno == EINTR else { throw OutputError(path: path, errno: errno) }
  }
}

/// `write(2)` to the end, or the error that stopped it (a full disk, a closed pipe).
enum DescriptorWriting {
  static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String) throws(OutputError) {
    let failure: Int32? =
      bytes.withContiguousStorageIfAvailable { buffer in
        send(buffer, to: descriptor)
      } ?? Array(bytes).withUnsafeBufferPointer { send($0, to: descriptor) }
    if let failure { throw OutputError(path: path, errno: failure) }
  }

  /// The `errno` of the write that failed; nil when every byte went out.
  static func send(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, base + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return written == 0 ? EIO : errno }
      offset += written
    }
    return nil
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
