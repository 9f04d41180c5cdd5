import ContentHashing
import Testing

@Suite struct ContentHashTests {
  /// XXH64 with seed 0, as the reference implementation gives it (python-xxhash 4.1.0's
  /// `xxh64_intdigest`, which wraps libxxhash): every path of the function, from the empty
  /// input to the four lanes with every length of tail.
  static let referenceValues: [(String, UInt64)] = [
    ("", 0xef46_db37_51d8_e999),
    ("a", 0xd24e_c4f1_a98c_6e5b),
    ("abc", 0x44bc_2cf5_ad77_0999),
    ("accord", 0xc613_69a0_f0a9_7f0c),
    (String(repeating: "The Action Plan 2023-2027", count: 5), 0xea13_08e1_c55e_0403),
  ]

  @Test(arguments: referenceValues)
  func givesTheReferenceValue(text: String, expected: UInt64) {
    #expect(ContentHash.of(text) == expected)
    #expect(ContentHash.of(Array(text.utf8)) == expected)
  }

  @Test func readsEveryByteWhereverItLies() {
    let bytes = (0..<768).map { UInt8($0 % 256) }
    #expect(ContentHash.of(bytes) == 0x8e03_c838_c596_036f)
    // Unaligned: the same bytes from an odd offset give the same value.
    let shifted = [0xAA] + bytes
    shifted.withUnsafeBytes {
      #expect(ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[1...])) == 0x8e03_c838_c596_036f)
    }
  }

  @Test func aChangedByteChangesTheHash() {
    let bytes = (0..<100).map { UInt8($0) }
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0x80
      #expect(ContentHash.of(changed) != ContentHash.of(bytes), "byte \(index)")
    }
  }

  @Test func hexIsSixteenDigits() {
    #expect(ContentHash.hex(0x1f) == "000000000000001f")
    #expect(ContentHash.hex(.max) == "ffffffffffffffff")
  }
}
