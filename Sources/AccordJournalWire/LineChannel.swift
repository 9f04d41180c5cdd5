import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// JSON values one a line over a pair of descriptors (the same socket in `accord`, the client's
/// standard input and output in `accord-postgres`). A line is bounded (`limit`), and so is the
/// wait for one (`patience`): a broken peer can make its reader neither read forever nor wait
/// forever.
public struct LineChannel {
  /// A journal of a million updates, read whole, is about 400 MB of JSON.
  public static let defaultLimit = 1 << 30

  public enum Failure: Error, Equatable {
    /// The other side closed its end (it ended, or was killed).
    case closed
    /// A line longer than the limit, or one that does not decode.
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

  /// Writes `value` as one line, to the end or the first error. Never raises SIGPIPE on a socket
  /// (the dashboard would take it for a signal to stop).
  public func send(_ value: some Encodable) throws(Failure) {
    var bytes: [UInt8]
    do { bytes = Array(try JSONEncoder().encode(value)) } catch { throw .garbled("\(error)") }
    bytes.append(UInt8(ascii: "\n"))
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

  /// The next line decoded as `type`, or `.closed` at the end; with `patience`, `.silent` when
  /// no byte comes for that many seconds.
  public mutating func receive<Value: Decodable>(_ type: Value.Type, patience: Int? = nil) throws(Failure) -> Value {
    let line = try nextLine(patience: patience)
    do { return try JSONDecoder().decode(type, from: Data(line)) } catch { throw .garbled("\(error)") }
  }

  private mutating func nextLine(patience: Int?) throws(Failure) -> ArraySlice<UInt8> {
    var searched = 0
    while true {
      if let end = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[..<end]
        buffer.removeSubrange(...end)
        return line
      }
      searched = buffer.count
      guard buffer.count <= limit else { throw .garbled("a line longer than \(limit) bytes") }
      if let patience { try wait(patience) }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw errno == ECONNRESET ? .closed : .system(errno)
      }
      if count == 0 { throw .closed }
      buffer += chunk[..<count]
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

  /// `send(2)` without SIGPIPE on a socket, `write(2)` on anything else (a pipe).
  private static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    let sent = Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
    if sent < 0 && errno == ENOTSOCK { return Glibc.write(descriptor, bytes, count) }
    return sent
  }
}
