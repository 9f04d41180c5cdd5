/// Reads back what `ArchiveWriter` wrote, every read checked against the bytes left: a count
/// larger than the bytes that remain (each item takes at least one), a number of more than ten
/// bytes, an unknown choice or flag is `PlanArchiveError.malformed`, never a trap.
struct ArchiveReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  var malformed: PlanArchiveError { .malformed(offset: offset) }

  mutating func byte() throws(PlanArchiveError) -> UInt8 {
    guard offset < bytes.count else { throw malformed }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func unsigned() throws(PlanArchiveError) -> UInt64 {
    var value: UInt64 = 0
    for shift in stride(from: UInt64(0), to: 70, by: 7) {
      let byte = try byte()
      // The tenth byte holds the top bit alone.
      guard shift < 63 || byte <= 1 else { throw malformed }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
    }
    throw malformed
  }

  mutating func integer() throws(PlanArchiveError) -> Int {
    let zigzag = try unsigned()
    return Int(truncatingIfNeeded: Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
  }

  /// A count of items or bytes still to read: never more than the bytes left.
  mutating func count() throws(PlanArchiveError) -> Int {
    let value = try unsigned()
    guard value <= UInt64(bytes.count - offset) else { throw malformed }
    return Int(value)
  }

  mutating func flag() throws(PlanArchiveError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw malformed
    }
  }

  mutating func text() throws(PlanArchiveError) -> String {
    let length = try count()
    defer { offset += length }
    // Decoded as UTF-8 without a second pass to validate it: the checksum already vouches for
    // the bytes being what the writer wrote.
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
  }

  mutating func texts() throws(PlanArchiveError) -> [String] { try list(Self.text) }

  mutating func names() throws(PlanArchiveError) -> [String: String] {
    let count = try count()
    var names: [String: String] = [:]
    names.reserveCapacity(count)
    for _ in 0..<count {
      let key = try text()
      guard names.updateValue(try text(), forKey: key) == nil else { throw malformed }
    }
    return names
  }

  mutating func choice<Choice: CaseIterable>() throws(PlanArchiveError) -> Choice where Choice.AllCases == [Choice] {
    let index = try unsigned()
    guard index < UInt64(Choice.allCases.count) else { throw malformed }
    return Choice.allCases[Int(index)]
  }

  mutating func optional<Value>(
    _ read: (inout ArchiveReader) throws(PlanArchiveError) -> Value
  ) throws(PlanArchiveError) -> Value? {
    try flag() ? try read(&self) : nil
  }

  mutating func list<Item>(
    _ read: (inout ArchiveReader) throws(PlanArchiveError) -> Item
  ) throws(PlanArchiveError) -> [Item] {
    let count = try count()
    var items: [Item] = []
    items.reserveCapacity(count)
    for _ in 0..<count { items.append(try read(&self)) }
    return items
  }
}
