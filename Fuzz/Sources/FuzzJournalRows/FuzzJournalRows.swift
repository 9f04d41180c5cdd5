import AccordCore
import AccordLocalization
import AccordText
import FuzzDriver

/// Any bytes as rows of the journal, each column any of SQLite's types (a byte picks null,
/// integer, real, text or blob, then its bytes; 5 ends a row early): each row is read as an
/// update or named as unreadable, never a crash; the updates read are merged into the bundled
/// plan and its history built, and no message lets a control character through.
@_cdecl("FuzzJournalRows_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzJournalRows)
}

private let plan = try? PlanLoader.bundled()
private let khmer = (try? Catalog.bundled(.khmer).get()).map { Writing(catalog: $0) } ?? .english

private let fuzzJournalRows: FuzzInput = { start, count in
  var reader = ByteReader(bytes: Array(bytes(start, count)))
  var updates: [JournalUpdate] = []
  while let row = reader.row() {
    do throws(UnreadableUpdate) {
      updates.append(try JournalUpdate(row: row))
    } catch {
      // The words a person reads: in English and in Khmer, the longest of the three.
      requireSanitised(error.message(in: .english))
      requireSanitised(error.message(in: khmer))
    }
  }
  if let plan {
    let merged = plan.merging(updates)
    let history = JournalHistory(updates: updates, plan: merged, today: Day(year: 2026, month: 11, day: 24))
    _ = history.recorded(since: Day(year: 2023, month: 1, day: 1))
    _ = merged.asOf(Day(year: 2026, month: 11, day: 24))
  }
  return 0
}

/// Reads the fuzzer's bytes as stored values, a row at a time.
private struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  mutating func row() -> JournalRow? {
    guard offset < bytes.count else { return nil }
    var values: [StoredValue] = []
    while values.count < JournalRow.Column.allCases.count, offset < bytes.count {
      let type = bytes[offset] % 6
      offset += 1
      switch type {
      case 0: values.append(.null)
      case 1: values.append(.integer(Int64(bitPattern: word())))
      case 2: values.append(.real(Double(bitPattern: word())))
      case 3: values.append(.text(String(decoding: run(), as: UTF8.self)))
      case 4: values.append(.blob(run()))
      default: return JournalRow(values)
      }
    }
    return JournalRow(values)
  }

  /// Eight bytes, little-endian, as far as the input goes.
  private mutating func word() -> UInt64 {
    let end = min(offset + 8, bytes.count)
    let value = bytes[offset..<end].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    offset = end
    return value
  }

  /// A length byte, then that many bytes.
  private mutating func run() -> [UInt8] {
    guard offset < bytes.count else { return [] }
    let length = Int(bytes[offset])
    let end = min(offset + 1 + length, bytes.count)
    defer { offset = end }
    return Array(bytes[(offset + 1)..<end])
  }
}
