import AccordCore
import AccordJournal
import Foundation
import GRDB
import Testing

/// The SQLite journal: what is recorded reads back, is never changed, and belongs to one plan.
@Suite struct SQLiteJournalTests {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID()).sqlite").path

  let update = JournalUpdate(
    target: .commitment("1.2"), status: .commitment(.done), date: .month(year: 2024, month: 2),
    note: "ພິທີລົງນາມ ពិធីចុះហត្ថលេខា", source: "KPL", confidence: .reported)

  @Test func aRecordedUpdateReadsBackNumberedWithItsAuthor() throws {
    let journal = try SQLiteJournal(path: path, planIdentity: "LA-KH 2023-2027")
    let recorded = try journal.record(update, by: "somchai", authorName: "Somchai P.")
    let read = try SQLiteJournal(path: path, planIdentity: "LA-KH 2023-2027", readOnly: true).updates(since: nil)
    #expect(read == [recorded])
    #expect(read.first?.recording?.author == "somchai")
    #expect(read.first?.recording?.journalID == 1)
    #expect(read.first?.note == update.note)
  }

  @Test func updatesAreNeverChangedNorDeleted() throws {
    let journal = try SQLiteJournal(path: path, planIdentity: "p")
    _ = try journal.record(update, by: "a", authorName: nil)
    let queue = try DatabaseQueue(path: path)
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE updates SET note = 'x'") } }
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM updates") } }
    #expect(try journal.updates(since: nil).count == 1)
  }

  @Test func aJournalOfAnotherPlanIsRefused() throws {
    _ = try SQLiteJournal(path: path, planIdentity: "plan A")
    #expect(throws: JournalError.otherPlan("plan A")) { try SQLiteJournal(path: path, planIdentity: "plan B") }
  }

  @Test func theChangeTokenMovesWhenAnotherConnectionRecords() throws {
    let reader = try SQLiteJournal(path: path, planIdentity: "p")
    let before = try reader.changeToken()
    _ = try SQLiteJournal(path: path, planIdentity: "p").record(update, by: "a", authorName: nil)
    #expect(try reader.changeToken() != before)
  }
}
