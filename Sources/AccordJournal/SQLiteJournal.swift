import AccordCore
import Foundation
import GRDB

/// The journal in one SQLite file: WAL so readers never wait on writers, a busy timeout so
/// concurrent writers queue instead of failing, and triggers that refuse UPDATE and DELETE.
public final class SQLiteJournal: Journal {
  private let queue: DatabaseQueue

  /// Opens (creating when `create`) the journal at `path` for the plan named `planIdentity`.
  public init(path: String, planIdentity: String, readOnly: Bool = false) throws {
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(30)
    queue = try DatabaseQueue(path: path, configuration: configuration)
    if !readOnly {
      try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
      try JournalSchema.migrator(planIdentity: planIdentity).migrate(queue)
    }
    try queue.read { try JournalSchema.check($0, planIdentity: planIdentity) }
  }

  public func record(_ update: JournalUpdate, by author: String, authorName: String?) throws -> JournalUpdate {
    try queue.write { db in
      let recordedAt = ISO8601DateFormatter().string(from: Date())
      try db.execute(
        sql: """
          INSERT INTO updates (target_kind, target_id, status, date, note, source, url, confidence,
            corrects, author, author_name, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
          """,
        arguments: [
          update.target.kind, update.target.id, update.status.rawValue, update.date.description,
          update.note, update.source, update.url, update.confidence.rawValue, update.corrects,
          author, authorName, recordedAt,
        ])
      var recorded = update
      recorded.recording = Recording(
        author: author, authorName: authorName, recordedAt: recordedAt, journalID: Int(db.lastInsertedRowID))
      return recorded
    }
  }

  public func updates(since: PlanDate?) throws -> [JournalUpdate] {
    try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM updates ORDER BY id").compactMap(JournalSchema.update(from:))
        .filter { since == nil || !($0.date.latestDay < since!.earliestDay) }
    }
  }

  public func changeToken() throws -> Int {
    try queue.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
  }
}
