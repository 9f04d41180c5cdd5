import AccordCore
import Foundation
import GRDB

extension SQLiteJournal {
  public func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate {
    if let refusal = update.refusalAfterToday(clock: Day.localToday()) { throw refusal }
    var recorded = update
    recorded.recording = Recording(author: author.account, authorName: author.fullName, recordedAt: Self.utcNow())
    do {
      let id = try queue.write { db -> Int64 in
        // Checked in the write transaction, against the journal as it is: no client can
        // correct an update that is not there, or another target's.
        if let corrects = update.corrects { try checkCorrection(of: update, naming: corrects, in: db) }
        try db.execute(
          sql: """
            INSERT INTO "update" (target_kind, target_id, status, date, note, source, url, confidence,
              corrects, author, author_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            update.targetKind.rawValue, update.targetID, update.status, update.date.description,
            update.note, update.source, update.url, update.confidence.rawValue, update.corrects,
            author.account, author.fullName, recorded.recording!.recordedAt,
          ])
        return db.lastInsertedRowID
      }
      recorded.id = Int(id)
      recorded.recording?.journalID = Int(id)
      return recorded
    } catch let error as JournalError {
      throw error
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }

  /// Adds `updates` as they were recorded elsewhere, numbers, authors and times kept, in one
  /// transaction (`accord journal copy`).
  public func keep(_ updates: [JournalUpdate]) throws(JournalError) {
    do {
      try queue.write { db in
        for update in updates {
          try db.execute(
            sql: """
              INSERT INTO "update" (id, target_kind, target_id, status, date, note, source, url, confidence,
                corrects, author, author_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
            arguments: [
              update.id, update.targetKind.rawValue, update.targetID, update.status, update.date.description,
              update.note, update.source, update.url, update.confidence.rawValue, update.corrects,
              update.recording?.author ?? "", update.recording?.authorName, update.recording?.recordedAt ?? "",
            ])
        }
      }
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }

  private func checkCorrection(of update: JournalUpdate, naming number: Int, in db: Database) throws {
    guard
      let row = try Row.fetchOne(
        db, sql: #"SELECT target_kind, target_id, confidence FROM "update" WHERE id = ?"#, arguments: [number])
    else { throw JournalError.refused(.noUpdateToCorrect(update: number)) }
    if case .text(let name) = Self.stored(row[2]), let confidence = Confidence(rawValue: name),
      update.confirms(confidence),
      let refusal = Coordinators.refusal(of: AccountIdentity.current(), confirming: number)
    {
      throw refusal
    }
    guard case .text(let kindName) = Self.stored(row[0]), let kind = JournalUpdate.TargetKind(rawValue: kindName),
      case .text(let id) = Self.stored(row[1])
    else { throw JournalError.refused(.unreadableCorrected(update: number)) }
    guard corrections.admits(update, correcting: kind, id) else {
      throw CorrectionScope.refusal(update, correcting: number, about: kind, id)
    }
  }
}
