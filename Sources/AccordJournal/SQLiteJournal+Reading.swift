import AccordCore
import Foundation
import GRDB

extension SQLiteJournal {
  public func updates(since: Day?) throws(JournalError) -> [JournalUpdate] {
    try reading(since: since).updates
  }

  /// Every row read as it is stored and checked: one that is not an update (a blob for a note,
  /// text for a number, put there by another program) is left out and named, never cast.
  public func reading(since: Day?) throws(JournalError) -> JournalReading {
    try read(after: 0) { update in since.map { update.date.latestDay >= $0 } ?? true }
  }

  /// The rows numbered after `number`, as `reading(since:)` reads them: what a watch has not seen.
  public func reading(after number: Int) throws(JournalError) -> JournalReading {
    try read(after: number) { _ in true }
  }

  private func read(after number: Int, keeping kept: (JournalUpdate) -> Bool) throws(JournalError) -> JournalReading {
    do {
      return try queue.read { db in
        var reading = JournalReading(updates: [])
        // Sized once: growing an array of 100,000 updates copied each of them about 17 times.
        let count = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "update" WHERE id > ?"#, arguments: [number]) ?? 0
        reading.updates.reserveCapacity(count)
        let statement = try db.makeStatement(
          sql: #"SELECT \#(JournalRow.columnList) FROM "update" WHERE id > ? ORDER BY id"#)
        let rows = try Row.fetchCursor(statement, arguments: [number])
        let columns = CInt(JournalRow.Column.allCases.count)
        while try rows.next() != nil {
          // The values straight from the statement, by index: a `Row`'s collection names every
          // column of every row, which was a third of reading 100,000 rows.
          let values = (0..<columns).map {
            Self.stored(DatabaseValue(sqliteStatement: statement.sqliteStatement, index: $0))
          }
          do throws(UnreadableUpdate) {
            let update = try JournalUpdate(row: JournalRow(values))
            if kept(update) { reading.updates.append(update) }
          } catch {
            reading.unreadable.append(error)
          }
        }
        return reading
      }
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }

  public func changeToken() throws(JournalError) -> Int {
    // The open connection would go on reading a removed file, and another file's numbers are
    // its own: either is the journal gone, for the watcher to open afresh.
    guard Self.inode(of: path) == inode else { throw .gone(address: path) }
    do {
      return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }

  /// A value as SQLite holds it.
  static func stored(_ value: DatabaseValue) -> StoredValue {
    switch value.storage {
    case .null: .null
    case .int64(let number): .integer(number)
    case .double(let number): .real(number)
    case .string(let text): .text(text)
    case .blob(let data): .blob([UInt8](data))
    }
  }
}
