/// The fixed start of a plan archive, all numbers little-endian: the magic `ACCORDPA`, the
import ContentHashing

/// format version (4 bytes), the hash of the plan file it was decoded from, the payload's length
/// and its checksum (`ContentHash`, 8 bytes each). The payload (`PlanArchive`) follows.
struct PlanArchiveHeader: Equatable {
  /// Changes whenever the payload's encoding does, the model it encodes or the checksum (2:
  /// XXH64 in place of FNV-1a): an archive of another version is refused, never read as this one.
  static let currentVersion: UInt32 = 2
  static let magic = Array("ACCORDPA".utf8)
  static let size = 8 + 4 + 8 + 8 + 8

  var version = currentVersion
  var sourceHash: UInt64
  var payloadLength: Int
  var checksum: UInt64

  var bytes: [UInt8] {
    var bytes = Self.magic
    bytes.reserveCapacity(Self.size)
    for byte in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: version >> (8 * UInt32(byte)))) }
    for value in [sourceHash, UInt64(payloadLength), checksum] {
      for byte in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(byte)))) }
    }
    return bytes
  }

  /// The header at the start of `bytes`, checked against what follows it: its magic, its
  /// version, the payload's length and checksum.
  init(checking bytes: UnsafeRawBufferPointer) throws(PlanArchiveError) {
    guard bytes.count >= Self.magic.count, bytes.prefix(Self.magic.count).elementsEqual(Self.magic) else {
      throw .notAnArchive
    }
    guard bytes.count >= Self.size else { throw .cut(expected: Self.size, found: bytes.count) }
    func number(at offset: Int, width: Int) -> UInt64 {
      (0..<width).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }
    version = UInt32(number(at: 8, width: 4))
    guard version == Self.currentVersion else { throw .otherVersion(version) }
    sourceHash = number(at: 12, width: 8)
    let length = number(at: 20, width: 8)
    checksum = number(at: 28, width: 8)
    let found = bytes.count - Self.size
    guard length <= UInt64(found) else {
      throw .cut(
        expected: Int(clamping: length.addingReportingOverflow(UInt64(Self.size)).partialValue), found: bytes.count)
    }
    payloadLength = Int(length)
    guard payloadLength == found else { throw .trailingBytes(found - payloadLength) }
    guard ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[Self.size...])) == checksum else {
      throw .checksumMismatch
    }
  }

  init(sourceHash: UInt64, payload: [UInt8]) {
    self.sourceHash = sourceHash
    payloadLength = payload.count
    checksum = ContentHash.of(payload)
  }
}
