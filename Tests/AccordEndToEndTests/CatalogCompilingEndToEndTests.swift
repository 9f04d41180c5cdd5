import Foundation
import XCTest

/// The build reads po/*.po and compiles their translations in (FileEmbedder, run by the build
/// plugin): a catalog it cannot read stops the build with the line and column, as accord's own
/// messages would, instead of an accord that starts in English or fails at run time.
final class CatalogCompilingEndToEndTests: XCTestCase {
  func compile(_ catalog: String) throws -> (status: Int32, output: String, error: String, source: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogs-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("lo.po")
    let output = folder.appendingPathComponent("compiledCatalog.swift")
    try catalog.write(to: input, atomically: true, encoding: .utf8)
    let result = try Subprocess.run(
      try AccordBinary.fileEmbedderPath(), ["catalogs", "compiledCatalog", output.path, input.path])
    return (result.status, result.output, result.error, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
  }

  static let header = "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=1; plural=0;\\n\"\n\n"

  func test_a_damaged_catalog_stops_the_build_at_its_line_and_column() throws {
    let result = try compile(Self.header + "msgid \"Overdue\"\nmsgstr \"ເກີນກຳນົດ\n")
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(result.error.contains("lo.po:5:18: the string has no closing quote"), result.error)
    XCTAssertEqual(result.source, "", "nothing is written for a catalog that could not be read")
  }

  func test_an_unreadable_plural_formula_stops_the_build() throws {
    let result = try compile(
      "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n;\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n")
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(result.error.contains("lo.po:1:1:"), result.error)
  }

  /// Quotes, backslashes, tabs and control characters of a translation reach the binary as they
  /// are in the catalog, and fuzzy or empty translations not at all.
  func test_translations_are_written_as_swift_literals_that_keep_every_character() throws {
    let result = try compile(
      Self.header + """
        msgctxt "status"
        msgid "done"
        msgstr "ສຳເລັດ \\"ແລ້ວ\\" \\\\ \\t\\n"

        #, fuzzy
        msgid "guessed"
        msgstr "ເດົາ"

        msgid "empty"
        msgstr ""

        """)
    XCTAssertEqual(result.status, 0, result.error)
    XCTAssertTrue(result.source.contains(#""status\u{4}done","#), result.source)
    XCTAssertTrue(result.source.contains(#""ສຳເລັດ \"ແລ້ວ\" \\ \t\n","#), result.source)
    XCTAssertFalse(result.source.contains("guessed"), result.source)
    XCTAssertFalse(result.source.contains("\"empty\""), result.source)
  }

  /// Keys in the order of their UTF-8 bytes, as `MessageTable` searches them by halves,
  /// whatever the file's order.
  func test_keys_are_written_in_the_order_of_their_bytes() throws {
    let result = try compile(
      Self.header + """
        msgid "b"
        msgstr "ຂ"

        msgid "ລາວ"
        msgstr "ປະເທດລາວ"

        msgid "Z"
        msgstr "ຊ"

        msgid "a"
        msgstr "ກ"

        """)
    XCTAssertEqual(result.status, 0, result.error)
    let places = [#""Z","#, #""a","#, #""b","#, #""ລາວ","#].map { result.source.range(of: $0)?.lowerBound }
    XCTAssertFalse(places.contains(nil), result.source)
    XCTAssertEqual(places.compactMap { $0 }, places.compactMap { $0 }.sorted(), result.source)
    XCTAssertTrue(result.source.contains("starts: [0, 1, 2, 3, 4]"), result.source)
  }
}
