import Synchronization

/// A cell's grapheme cluster, kept in the cell itself: up to 15 bytes of UTF-8 inline, which
/// holds any cluster of Latin, Lao or Khmer text, box drawing and most emoji; a longer one is
/// kept once in `LongClusters` and named by its index.
///
/// A plain value with nothing to retain or release, so a grid of cells is copied, cleared and
/// compared as memory. With a `String` in every cell, reference counting and the cells'
/// destruction were a fifth of the work of a key.
public struct CellSymbol: Hashable, Sendable, BitwiseCopyable {
  /// Bytes 0 to 14 are the UTF-8 (0 to 7 in `low`, 8 to 14 in `high`); byte 15 is their
  /// count, or `longMark` when `low` is an index into `LongClusters`.
  private var low: UInt64
  private var high: UInt64

  private static let inlineCapacity = 15
  private static let longMark: UInt64 = 0xFF

  /// No cluster: the right half of a wide character.
  public static let empty = CellSymbol(low: 0, high: 0)
  public static let space = CellSymbol(ascii: 0x20)

  private init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// One printable ASCII character.
  public init(ascii: UInt8) {
    self.init(low: UInt64(ascii), high: 1 << 56)
  }

  public init(_ text: String) {
    var text = text
    let symbol = text.withUTF8 { $0.count <= Self.inlineCapacity ? CellSymbol(utf8: $0) : nil }
    self = symbol ?? CellSymbol(low: LongClusters.index(of: text), high: Self.longMark << 56)
  }

  /// The UTF-8 of one cluster of at most 15 bytes.
  init(utf8: UnsafeBufferPointer<UInt8>) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (index, byte) in utf8.enumerated() {
      if index < 8 { low |= UInt64(byte) << (index * 8) } else { high |= UInt64(byte) << ((index - 8) * 8) }
    }
    self.init(low: low, high: high | UInt64(utf8.count) << 56)
  }

  public var isEmpty: Bool { low == 0 && high == 0 }

  /// The character when it is one printable ASCII byte (most of any screen), else nil.
  public var ascii: UInt8? { high == 1 << 56 && (0x20..<0x7F).contains(low) ? UInt8(truncatingIfNeeded: low) : nil }

  public var string: String {
    let count = Int(high >> 56)
    if UInt64(count) == Self.longMark { return LongClusters.string(at: low) }
    return String(
      unsafeUninitializedCapacity: count,
      initializingUTF8With: { buffer in
        for index in 0..<count { buffer[index] = byte(at: index) }
        return count
      })
  }

  /// The cluster's UTF-8, without making a `String` (a terminal backend paints from it).
  public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let count = Int(high >> 56)
    if UInt64(count) == Self.longMark {
      var text = LongClusters.string(at: low)
      return text.withUTF8(body)
    }
    var bytes = (low.littleEndian, high.littleEndian)
    return withUnsafeBytes(of: &bytes) { raw in
      body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
    }
  }

  private func byte(at index: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: index < 8 ? low >> (index * 8) : high >> ((index - 8) * 8))
  }
}

/// The clusters too long for a cell (long emoji sequences, a letter under many marks), each
/// kept once for the life of the process. Only text from the plan and the journal reaches a
/// cell, and their sizes are limited, so the table is too.
enum LongClusters {
  private static let table = Mutex<(indexes: [String: UInt64], strings: [String])>(([:], []))

  static func index(of text: String) -> UInt64 {
    table.withLock { table in
      if let index = table.indexes[text] { return index }
      let index = UInt64(table.strings.count)
      table.strings.append(text)
      table.indexes[text] = index
      return index
    }
  }

  static func string(at index: UInt64) -> String {
    table.withLock { $0.strings[Int(index)] }
  }
}
