/// The bytes of a binary file compiled in by FileEmbedder's `bytes` mode, which writes each byte
/// as the character of the same number: in the literal's UTF-8, a byte below 0x80 is itself, and
/// one above is two bytes, `110000xx 10xxxxxx`.
enum EmbeddedBytes {
  static func bytes(of text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { utf8 in
      // Written straight into the array's storage: `append` checked the capacity at every one
      // of the bundled plan's 170,000 bytes, 17 instructions a byte at every start.
      [UInt8](unsafeUninitializedCapacity: utf8.count) { bytes, count in
        var index = 0
        while index < utf8.count {
          let lead = utf8[index]
          if lead < 0x80 || index + 1 == utf8.count {
            bytes[count] = lead
            index += 1
          } else {
            bytes[count] = (lead & 0x03) << 6 | (utf8[index + 1] & 0x3F)
            index += 2
          }
          count += 1
        }
      }
    }
  }
}
