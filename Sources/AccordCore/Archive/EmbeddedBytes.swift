/// The bytes of a binary file compiled in by FileEmbedder's `bytes` mode, which writes each byte
/// as the character of the same number: in the literal's UTF-8, a byte below 0x80 is itself, and
/// one above is two bytes, `110000xx 10xxxxxx`.
enum EmbeddedBytes {
  static func bytes(of text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { utf8 in
      // Written straight into the array's storage through pointers: with `append`, and then
      // with checked subscripts, this was 17 and 12 instructions for each of the bundled
      // plan's 170,000 bytes at every start.
      [UInt8](unsafeUninitializedCapacity: utf8.count) { bytes, count in
        guard var source = utf8.baseAddress, let start = bytes.baseAddress else { return }
        let end = source + utf8.count
        var target = start
        while source < end {
          let lead = source.pointee
          if lead < 0x80 || source + 1 == end {
            target.pointee = lead
            source += 1
          } else {
            target.pointee = (lead & 0x03) << 6 | (source[1] & 0x3F)
            source += 2
          }
          target += 1
        }
        count = target - start
      }
    }
  }
}
