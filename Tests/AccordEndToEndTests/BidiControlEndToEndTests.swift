import Foundation
import XCTest

/// RLM, ALM and LRM in what officials record reach no output raw: the screen (as `render`
/// draws it), `history`, every report format and the calendar drop them, as they drop the
/// overrides; `export` writes them as escapes.
final class BidiControlEndToEndTests: XCTestCase {
  func test_bidi_marks_in_the_journal_reach_no_output_raw() throws {
    let accord = try AccordBinary.path()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-bidi-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let journal = ["--today", "2026-11-24", "--journal", directory.appendingPathComponent("journal.sqlite").path]
    try Subprocess.check(
      accord,
      [
        "update", "16.3", "--status", "done", "--date", "2026-11-20", "--note",
        "ລາຍງານ \u{200F}RLM\u{061C}ALM\u{200E}LRM",
        "--source", "MOFA \u{200F}RLM letter",
      ] + journal)
    try Subprocess.check(
      accord,
      [
        "update", "jc-16", "--status", "held", "--date", "2026-11-20", "--source", "KPL \u{200F}RLM\u{061C}ALM",
      ] + journal)

    let outputs: [[String]] = [
      ["history"], ["history", "--format", "json"], ["render", "--screen", "commitment 16.3", "--size", "200x60"],
      ["report", "--since", "2026-01-01"], ["report", "--since", "2026-01-01", "--format", "csv"],
      ["report", "--since", "2026-01-01", "--format", "json"], ["report", "--since", "2026-01-01", "--format", "html"],
      ["calendar"], ["export"],
    ]
    let isBidiControl = { (scalar: Unicode.Scalar) in [0x061C, 0x200E, 0x200F].contains(scalar.value) }
    for command in outputs {
      let output = try Subprocess.check(accord, command + journal)
      XCTAssertTrue(output.contains("RLM"), "\(command) shows the recorded text")
      XCTAssertFalse(output.unicodeScalars.contains(where: isBidiControl), "\(command) wrote a bidi mark raw")
    }
    let exported = try Subprocess.check(accord, ["export"] + journal)
    XCTAssertTrue(exported.contains(#"\u200FRLM\u061CALM\u200ELRM"#), "export escapes them, so they load back")
    XCTAssertTrue(try Subprocess.check(accord, ["history"] + journal).contains("ລາຍງານ RLMALMLRM"))
  }
}
