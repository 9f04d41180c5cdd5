import Foundation
import GettextFormat
import Testing

@testable import AccordLocalization

/// The catalogs in po/ as a translator's tools and GNU gettext see them: valid for `msgfmt
/// --check`, up to date with the sources (`make pot`), every message translated, and every
/// translation with the placeholders of its English.
@Suite struct CatalogFilesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let translations = ["lo.po", "km.po"]

  static func read(_ name: String) throws -> PoFile {
    try PoFile(parsing: String(contentsOf: root.appendingPathComponent("po/\(name)"), encoding: .utf8), file: name)
  }

  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test(arguments: translations)
  func msgfmtChecksTheCatalog(name: String) throws {
    let result = try Self.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", "po/\(name)"])
    #expect(result.status == 0, "msgfmt --check po/\(name): \(result.output)")
  }

  @Test func theTemplateIsWhatMakePotMakesFromTheSources() throws {
    let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString).pot")
    defer { try? FileManager.default.removeItem(at: fresh) }
    let result = try Self.run(["make", "--no-print-directory", "pot", "POT=\(fresh.path)"])
    #expect(result.status == 0, "make pot: \(result.output)")
    let dated = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("\"POT-Creation-Date:") } }
    let committed = try String(contentsOf: Self.root.appendingPathComponent("po/accord.pot"), encoding: .utf8)
    #expect(
      dated(try String(contentsOf: fresh, encoding: .utf8)) == dated(committed),
      "po/accord.pot is out of date: run `make pot`")
  }

  /// xgettext keeps a `// TRANSLATORS:` comment only when it ends on the line before the
  /// message's string; one anywhere else is lost to translators without a word.
  @Test func everyCommentForTranslatorsReachesTheTemplate() throws {
    let template = try String(contentsOf: Self.root.appendingPathComponent("po/accord.pot"), encoding: .utf8)
    let extracted = Set(template.split(separator: "\n").filter { $0.hasPrefix("#. TRANSLATORS:") })
    let sources = Self.root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects ?? []
    var found = 0
    for case let file as URL in files where file.pathExtension == "swift" {
      let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() {
        guard let start = line.range(of: "// TRANSLATORS:") else { continue }
        found += 1
        let comment = "#. " + line[start.lowerBound...].dropFirst(3)
        #expect(
          extracted.contains(Substring(comment)),
          "\(file.path.dropFirst(Self.root.path.count + 1)):\(index + 1): this comment does not reach po/accord.pot; put it on the line before the message's string"
        )
      }
    }
    #expect(found > 40)
  }

  @Test(arguments: translations)
  func everyMessageIsTranslatedWithItsPlaceholders(name: String) throws {
    let template = try Self.read("accord.pot")
    let catalog = try Self.read(name)
    let translated = Dictionary(catalog.entries.map { ($0.key, $0) }) { first, _ in first }
    for message in template.entries {
      guard let entry = translated[message.key], entry.isTranslated else {
        Issue.record("po/\(name) does not translate \"\(message.id)\" (run `make pot`, then translate it)")
        continue
      }
      for translation in entry.translations {
        #expect(
          Self.placeholders(translation) == Self.placeholders(message.id),
          "po/\(name):\(entry.line): \"\(translation)\" has not the placeholders of \"\(message.id)\"")
      }
    }
  }

  /// The build compiles po/*.po in (FileEmbedder): what a session reads is the file, every
  /// message and its plural forms, whatever quotes, escapes or contexts it holds.
  @Test(arguments: [(Language.lao, "lo.po"), (.khmer, "km.po")])
  func theCompiledCatalogIsTheFile(language: Language, name: String) throws {
    let compiled = try Catalog.bundled(language).get()
    #expect(compiled == (try Catalog(language: language, file: Self.read(name))))
    #expect(compiled.translatedCount == (try Self.read("accord.pot")).entries.count)
  }

  /// The placeholders of a message, numbered as the values they take: `%1$s`, `%s`...
  static func placeholders(_ text: String) -> [String] {
    let marked = Template.fill(text, (0..<9).map { "\u{1}\($0)\u{2}" })
    // Empty pieces kept: a message that starts with its placeholder has an empty first piece.
    return marked.split(separator: "\u{1}", omittingEmptySubsequences: false).dropFirst().compactMap {
      $0.split(separator: "\u{2}").first.map(String.init)
    }.sorted()
  }
}
