import Foundation

/// FNV-1a, 64 bits: a hash of bytes fast enough to run over a whole plan file at every start
/// (a few instructions a byte), for an archive's checksum and a cached plan's key. Not a defence
/// against someone who forges a file on purpose: the cache lives in the user's own directory.
public enum ContentHash {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = offsetBasis
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* prime
    }
    return hash
  }

  public static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }

  public static func of(_ data: Data) -> UInt64 {
    data.withUnsafeBytes { of($0) }
  }

  public static func of(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
  }

  /// Sixteen lowercase hex digits, for a file name.
  public static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
