/// Appends values as a plan archive's payload encodes them: whole numbers as LEB128 (signed ones
/// zigzagged first), text as its UTF-8 length and bytes, a list as its count and items, an
/// optional as a 0 or 1 byte and the value, a choice as its index among its cases.
struct ArchiveWriter {
  private(set) var bytes: [UInt8] = []

  mutating func unsigned(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func integer(_ value: Int) {
    let wide = Int64(value)
    unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func text(_ value: String) {
    unsigned(UInt64(value.utf8.count))
    bytes.append(contentsOf: value.utf8)
  }

  mutating func texts(_ values: [String]) { list(values) { $0.text($1) } }

  /// Sorted by key: a dictionary's order changes from one process to the next, and the same
  /// plan must always give the same bytes (the committed archive is compared byte for byte).
  mutating func names(_ values: [String: String]) {
    list(values.sorted { $0.key < $1.key }) {
      $0.text($1.key)
      $0.text($1.value)
    }
  }

  mutating func choice<Choice: CaseIterable & Equatable>(_ value: Choice) where Choice.AllCases == [Choice] {
    // The index, not the raw text: a reordered enum changes the model's bytes, which the build
    // stamp in the cache's key and the committed archive's test both catch.
    unsigned(UInt64(Choice.allCases.firstIndex(of: value) ?? 0))
  }

  mutating func optional<Value>(_ value: Value?, _ write: (inout ArchiveWriter, Value) -> Void) {
    guard let value else { return flag(false) }
    flag(true)
    write(&self, value)
  }

  mutating func list<Item>(_ items: [Item], _ write: (inout ArchiveWriter, Item) -> Void) {
    unsigned(UInt64(items.count))
    for item in items { write(&self, item) }
  }
}
