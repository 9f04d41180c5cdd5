import AccordCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Values in frames over a pair of descriptors (the same socket in `accord`, the client's
/// standard input and output in `accord-postgres`). A frame is a header line,
/// `accord-wire 2 JSON-LENGTH [ATTACHMENT-LENGTH...]`, then the value's JSON, then the bytes of
/// each attachment (`FrameAttachments`). The header names the protocol's version, so an
/// `accord-postgres` of another accord is refused at its first answer, whatever it says. A
/// frame is bounded (`limit`), and so is the wait for its bytes (`patience`): a broken peer can
/// make its reader neither read forever nor wait forever.
public struct FrameChannel {
  /// Changes whenever a frame or a value in it changes shape.
  public static let version = "accord-wire 2"
  /// A journal of a million updates, read whole, is about 300 MB.
  public static let defaultLimit = 1 << 30
  static let headerLimit = 512
  static let attachmentLimit = 16

  public enum Failure: Error, Equatable {
    /// The other side closed its end (it ended, or was killed).
    case closed
    /// A frame of another version or shape, too long, or one that does not decode.
    case garbled(String)
    /// Nothing came within the patience given.
    case silent(seconds: Int)
    /// The system refused a read or write (errno).
    case system(Int32)
  }

  let input: Int32
  let output: Int32
  let limit: Int
  private var buffer: [UInt8] = []

  public init(input: Int32, output: Int32, limit: Int = defaultLimit) {
    self.input = input
    self.output = output
    self.limit = limit
  }

  /// Writes `value` as one frame, to the end or the first error. Never raises SIGPIPE on a
  /// socket (the dashboard would take it for a signal to stop).
  public func send(_ value: some Encodable) throws(Failure) {
    let attachments = FrameAttachments()
    let encoder = JSONEncoder()
    encoder.userInfo[FrameAttachments.key] = attachments
    let json: Data
    do { json = try encoder.encode(value) } catch { throw .garbled("\(error)") }
    let lengths = [json.count] + attachments.parts.map(\.count)
    let header = Self.version + lengths.map { " \($0)" }.joined() + "\n"
    try write(Array(header.utf8))
    try write(Array(json))
    for part in attachments.parts { try write(part) }
  }

  /// The next frame's value decoded as `type`, or `.closed` at the end; with `patience`,
  /// `.silent` when no byte comes for that many seconds.
  public mutating func receive<Value: Decodable>(_ type: Value.Type, patience: Int? = nil) throws(Failure) -> Value {
    let lengths = try Self.lengths(inHeader: try headerLine(patience: patience), limit: limit)
    let json = try take(lengths[0], patience: patience)
    var parts: [[UInt8]] = []
    for length in lengths.dropFirst() { parts.append(try take(length, patience: patience)) }
    let decoder = JSONDecoder()
    decoder.userInfo[FrameAttachments.key] = FrameAttachments(parts)
    do { return try decoder.decode(type, from: Data(json)) } catch { throw .garbled("\(error)") }
  }

  /// The lengths a header line gives, or why it is not one of this version's.
  static func lengths(inHeader line: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [Int] {
    let words = String(decoding: line, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
    guard words.count >= 3, words[0...1].joined(separator: " ") == version else {
      throw .garbled("not a frame of \(version): \(SafeText.quoted(String(decoding: line.prefix(40), as: UTF8.self)))")
    }
    let lengths = words.dropFirst(2).map { Int($0) }
    guard lengths.count <= 1 + attachmentLimit, !lengths.contains(nil) else {
      throw .garbled("a frame header that is not lengths")
    }
    var total = 0
    for case let length? in lengths {
      guard length >= 0, length <= limit - total else { throw .garbled("a frame longer than \(limit) bytes") }
      total += length
    }
    return lengths.compactMap { $0 }
  }

  private mutating func headerLine(patience: Int?) throws(Failure) -> ArraySlice<UInt8> {
    var searched = 0
    while true {
      if let end = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[..<end]
        buffer.removeSubrange(...end)
        return line
      }
      searched = buffer.count
      guard buffer.count <= Self.headerLimit else {
        throw .garbled(
          "not a frame of \(Self.version): \(SafeText.quoted(String(decoding: buffer.prefix(40), as: UTF8.self)))")
      }
      try fill(patience: patience)
    }
  }

  /// The next `count` bytes.
  private mutating func take(_ count: Int, patience: Int?) throws(Failure) -> [UInt8] {
    while buffer.count < count { try fill(patience: patience) }
    let bytes = Array(buffer[..<count])
    buffer.removeSubrange(..<count)
    return bytes
  }

  private mutating func fill(patience: Int?) throws(Failure) {
    while true {
      if let patience { try wait(patience) }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw errno == ECONNRESET ? .closed : .system(errno)
      }
      if count == 0 { throw .closed }
      buffer += chunk[..<count]
      return
    }
  }

  private func wait(_ seconds: Int) throws(Failure) {
    var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&descriptor, 1, Int32(seconds * 1000))
      if ready > 0 { return }
      if ready == 0 { throw .silent(seconds: seconds) }
      if errno != EINTR { throw .system(errno) }
    }
  }

  private func write(_ bytes: [UInt8]) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Self.write(output, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw errno == EPIPE || errno == ECONNRESET ? .closed : .system(errno)
      }
      offset += written
    }
  }

  /// `send(2)` without SIGPIPE on a socket, `write(2)` on anything else (a pipe).
  private static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    let sent = Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
    if sent < 0 && errno == ENOTSOCK { return Glibc.write(descriptor, bytes, count) }
    return sent
  }
}
