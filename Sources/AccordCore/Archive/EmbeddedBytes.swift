/// The bytes of a binary file compiled in by FileEmbedder's `bytes` mode, which writes each byte
/// as the character of the same number: in the literal's UTF-8, a byte below 0x80 is itself, and
/// one above is two bytes, `110000xx 10xxxxxx`.
enum EmbeddedBytes {
  static func bytes(of text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { utf8 in
      var bytes: [UInt8] = []
      bytes.reserveCapacity(utf8.count)
      var index = 0
      while index < utf8.count {
        let lead = utf8[index]
        if lead < 0x80 || index + 1 == utf8.count {
          bytes.append(lead)
          index += 1
        } else {
          bytes.append((lead & 0x03) << 6 | (utf8[index + 1] & 0x3F))
          index += 2
        }
      }
      return bytes
    }
  }
}
