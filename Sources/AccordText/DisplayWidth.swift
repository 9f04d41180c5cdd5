/// Columns a text takes in a terminal: the sum of `wcwidth` over its code points, as ncurses
/// places them. Counting `Character`s is wrong for Khmer and Lao (a coeng or a vowel sign takes
/// no column) and for CJK (two columns each).
public enum DisplayWidth {
  /// Columns of one code point: 0, 1 or 2. Control characters count 0 here: `sanitized`
  /// replaces them before anything is measured or drawn.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if value < 0xA0 { return 0 }
    if isZeroWidth(scalar) { return 0 }
    return isWide(value) ? 2 : 1
  }

  // String and Substring each by name, not one generic over StringProtocol: called from other
  // modules, the generic one looked up its associated types at run time, whose first look
  // demangles their names (callgrind: 0.3 million instructions of the first frame).
  public static func of(_ text: String) -> Int { columns(text) }
  public static func of(_ text: Substring) -> Int { columns(text) }

  private static func columns<S: StringProtocol>(_ text: S) -> Int {
    // Most text is ASCII, where a byte is a column and no property needs looking up.
    var columns = 0
    for byte in text.utf8 {
      guard byte < 0x80 else { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
      if byte >= 0x20 && byte != 0x7F { columns += 1 }
    }
    return columns
  }

  public static func of(_ character: Character) -> Int {
    // By its code points alone: `Character.asciiValue` first compares the character with
    // "\r\n", a String comparison that for Lao or Khmer takes the slow Unicode path (callgrind:
    // 600 instructions a character, 1.6 million a Lao frame).
    var columns = 0
    for scalar in character.unicodeScalars { columns += of(scalar) }
    return columns
  }

  /// Code points that are a grapheme cluster and a column on their own, and safe to show:
  /// printable ASCII, Latin-1 and Latin Extended letters, general punctuation, arrows and
  /// mathematical operators, box drawing, blocks and geometric shapes (before the wide U+25FD).
  /// Inlinable: the grid asks it of every code point it writes.
  @inlinable public static func isSingleColumnCluster(_ value: UInt32) -> Bool {
    switch value {
    case 0x20..<0x7F, 0xA0..<0x300, 0x2010..<0x2028, 0x2030..<0x205F, 0x2190..<0x231A, 0x2500..<0x25FD: true
    default: false
    }
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x00AD { return false }  // soft hyphen: glibc gives it a column
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }  // Hangul jamo
    if value == 0x200B { return true }
    if laoBlock.contains(value) { return laoZeroWidth[Int(value - laoBlock.lowerBound)] }
    if khmerBlock.contains(value) { return khmerZeroWidth[Int(value - khmerBlock.lowerBound)] }
    return isMarkOrFormat(scalar)
  }

  static func isMarkOrFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  // A Lao or Khmer screen measures thousands of these code points a frame; looking up each
  // one's general category made a key in Lao cost twice a key in English. Each block's answers
  // are looked up once, on first use.
  static let laoBlock: Range<UInt32> = 0x0E80..<0x0F00
  static let khmerBlock: Range<UInt32> = 0x1780..<0x1800
  static let laoZeroWidth = laoBlock.map { isMarkOrFormat(Unicode.Scalar($0)!) }
  static let khmerZeroWidth = khmerBlock.map { isMarkOrFormat(Unicode.Scalar($0)!) }

  /// East Asian Wide and Fullwidth ranges (Unicode 15), emoji included.
  static func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
    0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
    0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
    0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
    0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
