import AccordCore
import GRDB

/// What `accord journal check` finds in a journal.
public struct JournalInspection: Sendable {
  /// SQLite's integrity check's problems, at most `SQLiteJournal.integrityLimit`; none when sound.
  public var integrity: [String]
  /// Every row, read as updates or named as unreadable.
  public var reading: JournalReading
}

extension SQLiteJournal {
  static let integrityLimit = 20

  /// The whole journal checked: SQLite's pages and indexes, then every row as an update.
  public func inspection() throws(JournalError) -> JournalInspection {
    do {
      let lines = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check(\(Self.integrityLimit))")
      }
      return JournalInspection(integrity: lines == ["ok"] ? [] : lines, reading: try reading(since: nil))
    } catch let error as JournalError {
      throw error
    } catch {
      throw Self.explain(error, path: queue.path)
    }
  }
}
