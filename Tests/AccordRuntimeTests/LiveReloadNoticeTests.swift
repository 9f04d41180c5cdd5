import AccordCore
import AccordLocalization
import AccordUI
import Foundation
import Testing

@testable import AccordRuntime

#if canImport(Glibc)
  import Glibc
#endif

/// The reload notice quotes a broken file: the text it makes must be as safe and short as
/// any other message, whatever the file holds, and a file swapped for a pipe must not block.
@Suite struct LiveReloadNoticeTests {
  func notice(afterWriting text: String, extension name: String = "yaml") throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("accord-reload-\(UUID()).\(name)")
    defer { try? FileManager.default.removeItem(at: file) }
    try text.write(to: file, atomically: true, encoding: .utf8)
    let files =
      name == "yaml"
      ? LiveReload(plans: [.init(path: file.path, identity: "a plan")], themePath: nil)
      : LiveReload(plans: [], themePath: file.path)
    guard case .reloadFailed(let notice, _) = Self.reloaded(files) else { return "no notice" }
    return notice
  }

  /// The event a reload of every file ends in; loads run off the caller's thread.
  static func reloaded(_ files: LiveReload) -> Event? {
    files.reloadAll()
    files.waitForLoads()
    return files.changes().first
  }

  @Test func aBrokenPlanWithEscapesGivesAShortCleanNotice() throws {
    let key = "\\e]52;c;aGk=\\a" + String(repeating: "\\e[2J", count: 100)
    let broken = PlanLoader.bundledText.replacingOccurrences(of: "\nplan:\n", with: "\nplan:\n  \"\(key)\": x\n")
    let notice = try notice(afterWriting: broken)
    #expect(notice.contains("unknown key '\u{FFFD}]52;c;aGk=\u{FFFD}"), "\(notice)")
    #expect(!notice.unicodeScalars.contains { SafeText.isUnsafe($0) })
    #expect(notice.count <= PlanDiagnostic.messageLimit + 80)
  }

  @Test func aBrokenThemeWithEscapesGivesACleanNotice() throws {
    let notice = try notice(afterWriting: "name = x\n\u{1B}]0;title\u{07} = red\ntext = \u{9B}2J\n", extension: "theme")
    #expect(notice.contains("unknown key '\u{FFFD}]0;title\u{FFFD}'"), "\(notice)")
    #expect(!notice.unicodeScalars.contains { SafeText.isUnsafe($0) })
  }

  /// In the language of the screen (issue 23): a theme's problems as a plan's are, at their line.
  @Test func aBrokenThemesNoticeIsInTheScreensLanguage() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("accord-reload-\(UUID()).theme")
    defer { try? FileManager.default.removeItem(at: file) }
    try "name = x\nbordr = red\n".write(to: file, atomically: true, encoding: .utf8)
    let khmer = Writing(catalog: try Catalog.bundled(.khmer).get())
    let files = LiveReload(plans: [], themePath: file.path)
    files.reloadAll(in: khmer)
    files.waitForLoads()
    guard case .reloadFailed(let notice, _) = files.changes(in: khmer).first else {
      Issue.record("no notice")
      return
    }
    #expect(notice == file.lastPathComponent + ":2:1: គន្លឹះ 'bordr' ដែលមិនស្គាល់ (តើអ្នកចង់និយាយ 'border' ឬ?)")
  }

  @Test func aPlanSwappedForAPipeIsNamedNotWaitedOn() throws {
    let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("accord-reload-\(UUID()).yaml").path
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    guard
      case .reloadFailed(let notice, _) = Self.reloaded(
        LiveReload(plans: [.init(path: fifo, identity: "a plan")], themePath: nil))
    else {
      Issue.record("no notice")
      return
    }
    #expect(notice.hasSuffix("is a pipe (a FIFO, /dev/stdin or <(...)), not a file; save it to a file first"))
  }
}
