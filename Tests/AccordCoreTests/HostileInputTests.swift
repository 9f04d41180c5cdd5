import Foundation
import Testing

@testable import AccordCore

#if canImport(Glibc)
  import Glibc
#endif

/// Files and values made to hurt: control characters, huge values, files that are not files.
/// The large inputs would not finish in time if the work were quadratic.
@Suite struct HostileInputTests {
  @Test func sanitisingReplacesEveryControlAndKeepsText() {
    let hostile = "a\u{1B}]0;t\u{07}b\u{9B}2Jc\u{1B}[2Jd\tе\n中"
    #expect(SafeText.sanitized(hostile) == "a\u{FFFD}]0;t\u{FFFD}b\u{FFFD}2Jc\u{FFFD}[2Jd е 中")
    #expect(SafeText.lines("one\u{1B}\ntwo\u{07}") == "one\u{FFFD}\ntwo\u{FFFD}")
    #expect(SafeText.sanitized("plain ພາສາລາວ") == "plain ພາສາລາວ")
  }

  @Test func anExcerptIsShortSanitisedAndMarked() {
    let huge = String(repeating: "\u{1B}x", count: 5_000_000)
    let excerpt = SafeText.excerpt(huge, limit: 60)
    #expect(excerpt.unicodeScalars.count == 61)
    #expect(excerpt.hasSuffix("…"))
    #expect(!excerpt.unicodeScalars.contains("\u{1B}"))
    #expect(SafeText.quoted("ok") == "'ok'")
    // One cluster of a million combining marks is still cut.
    let cluster = "e" + String(repeating: "\u{301}", count: 1_000_000)
    #expect(SafeText.excerpt(cluster).unicodeScalars.count == 61)
  }

  @Test func aDiagnosticQuotingAHugeValueIsShortAndClean() {
    let diagnostic = PlanDiagnostic(
      file: "p\u{1B}]0;x\u{07}.yaml", position: .init(line: 1, column: 2),
      problem: .unknownKey(
        String(repeating: "\u{1B}[2J", count: 2_000_000), in: .key("plan"), suggestion: nil, expected: ["title"]))
    let text = diagnostic.description
    #expect(text.hasPrefix("p\u{FFFD}]0;x\u{FFFD}.yaml:1:2: unknown key '\u{FFFD}[2J"))
    #expect(text.count < PlanDiagnostic.messageLimit + 40)
    #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) })
  }

  @Test func thousandsOfProblemsPrintTheFirstHundredAndACount() {
    let many = PlanLoadError(
      (1...5_000).map { PlanDiagnostic(file: "f", position: .init(line: $0, column: 1), problem: .emptyFile) })
    let lines = many.description.split(separator: "\n")
    #expect(lines.count == PlanLoadError.shownLimit + 1)
    #expect(lines.last == "(and 4900 more problems)")
  }

  @Test func didYouMeanOnlyForShortWordsAndAHugeWordIsNoTypo() {
    #expect(Suggestion.closest(to: "stauts", in: ["status", "text"]) == "status")
    #expect(Suggestion.closest(to: String(repeating: "status", count: 2_000_000), in: ["status"]) == nil)
    #expect(Suggestion.closest(to: "status" + String(repeating: "x", count: 59), in: ["status"]) == nil)
    // A huge candidate (an id in the plan) is skipped, not compared.
    #expect(Suggestion.closest(to: "16", in: [String(repeating: "1", count: 10_000_000), "17"]) == "17")
  }

  @Test func aUTF16FileSaysItIsUTF16() {
    let utf16 = Data([0xFF, 0xFE]) + "format: accord-plan/1\n".data(using: .utf16LittleEndian)!
    #expect(
      errorText { try PlanLoader.load(data: utf16, file: "w.yaml") } == "w.yaml: is UTF-16 text; save it as UTF-8")
    let bigEndian = Data([0xFE, 0xFF]) + "format".data(using: .utf16BigEndian)!
    #expect(
      errorText { try PlanLoader.load(data: bigEndian, file: "w.yaml") } == "w.yaml: is UTF-16 text; save it as UTF-8")
    // A UTF-8 byte order mark is only dropped.
    let bom = Data([0xEF, 0xBB, 0xBF]) + Data(PlanLoader.bundledText.utf8)
    #expect(throws: Never.self) { try PlanLoader.load(data: bom, file: "bom.yaml") }
  }

  @Test func devicesPipesAndDirectoriesAreNamedNotWaitedOn() throws {
    #expect(
      errorText { try PlanLoader.load(path: "/dev/null") }
        == "/dev/null: is a character device (a terminal, /dev/null...), not a file; save it to a file first")
    #expect(errorText { try PlanLoader.load(path: "/tmp") } == "/tmp: is a directory, not a file")
    let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("accord-fifo-\(UUID())").path
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    // No writer ever comes: reading must not wait for one.
    #expect(
      errorText { try PlanLoader.load(path: fifo) }
        == "\(fifo): is a pipe (a FIFO, /dev/stdin or <(...)), not a file; save it to a file first")
    #expect(errorText { try UserConfig.load(path: fifo) }.contains("is a pipe"))
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("accord-big-\(UUID()).yaml").path
    defer { unlink(path) }
    // A sparse file of 65 MiB: no disk used, and nothing read.
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, off_t(65 << 20)) == 0)
    #expect(
      errorText { try PlanLoader.load(path: path) } == "\(path): is too large (68157440 bytes; the limit is 64 MiB)")
    #expect(truncate(path, off_t(2 << 20)) == 0)
    #expect(
      errorText { try UserConfig.load(path: path) } == "\(path): is too large (2097152 bytes; the limit is 1 MiB)")
  }

  private func errorText(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return String(describing: error)
    }
  }
}
