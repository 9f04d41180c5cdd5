import AccordLocalization
import FuzzDriver
import GettextFormat

/// Any text as a translation catalog: a catalog whose every message fills its placeholders, or a
/// problem with its place; no control character of the file reaches the message.
@_cdecl("FuzzCatalog_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  // English's plural rule is made once, on first use; made here, it is not taken for a leak of
  // the first input.
  _ = PluralRule.english.form(for: 1)
  return runFuzzer(argc, argv, fuzzCatalog)
}

private let fuzzCatalog: FuzzInput = { start, count in
  let text = String(decoding: bytes(start, count), as: UTF8.self)
  do throws(PoError) {
    let file = try PoFile(parsing: text, file: "fuzz.po")
    guard let catalog = try? Catalog(language: .lao, file: file) else { return 0 }
    for entry in file.entries {
      for n in [0, 1, 2, 5, 11, 21, 101, -1, Int.max] {
        _ = Template.fill(
          catalog.localized(entry.id, plural: entry.pluralID ?? entry.id, count: n, context: entry.context), ["a", "b"])
      }
    }
  } catch {
    requireSanitised(error.problem)
  }
  return 0
}
