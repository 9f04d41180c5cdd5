import AccordCore
import GRDB

extension SQLiteJournal {
  /// A consistent copy of the journal in the empty file at `path`: every update recorded
  /// when the copy starts, those still in `-wal` included (a file copy of `journal.sqlite`
  /// alone misses them while a dashboard holds the journal open). SQLite's `VACUUM INTO`
  /// reads one snapshot, so an update recorded meanwhile is either wholly in the copy or not.
  public func backUp(into path: String) throws(JournalError) {
    do {
      // Outside any transaction, as VACUUM must be; on a read-only connection too.
      try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }
}
