import AccordCore
import AccordJournalWire
import Foundation
import XCTest

/// The updates a journal's client sends accord come back exactly as they went, whatever their
/// text holds, and a damaged list is an error, never a crash or a wrong update.
final class UpdateListTests: XCTestCase {
  static let updates: [JournalUpdate] = {
    var full = JournalUpdate(
      id: 7, targetKind: .milestone, targetID: "8.4a", status: "done", date: .day(year: 2026, month: 11, day: 24),
      note: "ກອງປະຊຸມ 12:ຄັ້ງ~ \u{1F}\u{0}\"\\ ណ្ដ", source: "JTC minutes", url: "https://example.org/a?b=1:2",
      confidence: .reported, corrects: 3,
      recording: Recording(
        author: "somchai", authorName: "Somchai P.", recordedAt: "2026-11-25T06:30:00Z", journalID: 7))
    full.key = "c0ffee:1"
    let bare = JournalUpdate(targetKind: .meeting, targetID: "jc-15", status: "held", date: .year(2025))
    var unnamed = JournalUpdate(
      targetKind: .commitment, targetID: "16.3", status: "in-progress", date: .month(year: 2024, month: 9), note: "",
      source: "~")
    unnamed.recording = Recording(author: "~", recordedAt: "2024-09-01T00:00:00Z")
    return [full, bare, unnamed]
  }()

  func test_updates_come_back_as_they_went_through_json() throws {
    let data = try JSONEncoder().encode(UpdateList(Self.updates))
    XCTAssertEqual(try JSONDecoder().decode(UpdateList.self, from: data).updates, Self.updates)
    XCTAssertEqual(
      try JSONDecoder().decode(UpdateList.self, from: try JSONEncoder().encode(UpdateList([]))).updates, [])
  }

  func test_a_damaged_list_is_an_error() throws {
    let text = String(decoding: try JSONEncoder().encode(UpdateList(Self.updates)), as: UTF8.self)
    let damaged = [
      String(text.dropLast(3)) + "\"",  // cut short
      text.replacingOccurrences(of: "9:milestone", with: "9:milestonX"),  // not a kind
      text.replacingOccurrences(of: "4:2026", with: "4:20x6"),  // not a number
      text.replacingOccurrences(of: "8:reported", with: "99999999999:reported"),  // past the end
      "\"12\"", "\"~~~\"",
    ]
    for text in damaged {
      XCTAssertThrowsError(try JSONDecoder().decode(UpdateList.self, from: Data(text.utf8)), text)
    }
  }
}
