import AccordCore
import Foundation
import GRDB
import GRDBSQLite

/// The journal in one SQLite file, shared by every process on the machine: WAL, so readers never
/// block the writer; a busy timeout, so concurrent writers wait instead of failing; append-only,
/// enforced by triggers.
public final class SQLiteJournal: Journal, @unchecked Sendable {
  /// The schema this build writes; a journal with a newer one is refused, not downgraded.
  public static let schemaVersion = 1

  let queue: DatabaseQueue
  let author: Recording.Author
  /// Which updates an update may correct, checked as it is recorded.
  let corrections: CorrectionScope

  public typealias Access = JournalAccess
  /// The file opened: another put at `path` (or none) is a journal gone, not a new change.
  let inode: UInt64
  let path: String

  /// Opens the journal at `path` for `planIdentity`; for `.write`, creates it if missing, in a
  /// directory that must exist. `corrections` says which updates an update may correct.
  public init(
    path: String, planIdentity: String, access: Access, corrections: CorrectionScope = .sameTarget,
    author: Recording.Author = .current()
  ) throws(JournalError) {
    self.author = author
    self.corrections = corrections
    self.path = path
    try Self.refuseDirectory(path)
    let exists = try Self.exists(at: path)
    if !exists && access == .read { throw JournalError.missing(address: path) }
    if !exists { try Self.create(at: path, planIdentity: planIdentity) }
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(30)
    configuration.readonly = access == .read
    if access == .write { configuration.prepareDatabase(Self.keepWALFiles) }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      if !configuration.readonly {
        try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
      }
      if configuration.readonly {
        _ = try queue.read { db in try Self.checkVersion(db, path: path, migrating: false) }
      } else {
        // Immediate: of two processes opening an empty file at once, the second waits, then
        // finds the schema made.
        try queue.writeWithoutTransaction { db in
          try db.inTransaction(.immediate) {
            let version = try Self.checkVersion(db, path: path, migrating: true)
            if version < Self.schemaVersion { try Self.migrate(db, from: version, planIdentity: planIdentity) }
            return .commit
          }
        }
      }
      let recorded = try queue.read { db in try String.fetchOne(db, sql: "SELECT identity FROM plan") }
      if let recorded, recorded != planIdentity {
        throw JournalError.otherPlan(address: path, recorded: recorded, expected: planIdentity)
      }
      inode = Self.inode(of: path) ?? 0
    } catch {
      if let error = error as? JournalError { throw error }
      if access == .read, let code = (error as? DatabaseError)?.resultCode,
        code == .SQLITE_READONLY || code == .SQLITE_CANTOPEN,
        !FileManager.default.fileExists(atPath: path + "-shm")
      {
        throw JournalError.trouble(address: path, .withoutWALFiles)
      }
      throw Self.explain(error, path: path)
    }
  }

  /// Keeps `-wal` and `-shm` when the last writer closes: SQLite opens a WAL database read-only
  /// only while they exist, so without them a viewer account, which cannot create them in the
  /// journal's directory, could not read the journal while no editor has it open.
  private static func keepWALFiles(_ db: Database) throws {
    var persist: CInt = 1
    let code = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &persist)
    guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
  }

  /// The journal's schema version; a newer one than this build knows is refused.
  @discardableResult
  private static func checkVersion(_ db: Database, path: String, migrating: Bool) throws -> Int {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    if version > schemaVersion {
      throw JournalError.newerSchema(address: path, version: version, known: schemaVersion)
    }
    if version < schemaVersion && !migrating {
      throw JournalError.trouble(address: path, .noSchema)
    }
    // An empty file becomes a journal; another program's database is never made one.
    if version == 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 > 0 {
      throw JournalError.trouble(address: path, .otherDatabase)
    }
    return version
  }

  static func migrate(_ db: Database, from version: Int, planIdentity: String) throws {
    if version < 1 {
      try db.execute(
        sql: """
          CREATE TABLE plan (identity TEXT NOT NULL);
          CREATE TABLE "update" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('commitment', 'milestone', 'meeting')),
            target_id TEXT NOT NULL,
            status TEXT NOT NULL,
            date TEXT NOT NULL,
            note TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            confidence TEXT NOT NULL CHECK (confidence IN ('confirmed', 'reported')),
            corrects INTEGER REFERENCES "update"(id),
            author TEXT NOT NULL,
            author_name TEXT,
            recorded_at TEXT NOT NULL
          );
          CREATE INDEX update_recorded_at ON "update"(recorded_at);
          CREATE TRIGGER update_is_append_only_u BEFORE UPDATE ON "update"
            BEGIN SELECT RAISE(ABORT, 'updates are never changed: record a correction'); END;
          CREATE TRIGGER update_is_append_only_d BEFORE DELETE ON "update"
            BEGIN SELECT RAISE(ABORT, 'updates are never deleted: record a correction'); END;
          """)
      try db.execute(sql: "INSERT INTO plan (identity) VALUES (?)", arguments: [planIdentity])
    }
    try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
  }

  static func inode(of path: String) -> UInt64? {
    var info = stat()
    return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
  }

  static func utcNow() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  /// SQLite's errors in words a reader can act on.
  static func explain(_ error: Error, path: String) -> JournalError {
    guard let error = error as? DatabaseError else { return JournalError("\(path): \(error)") }
    switch error.resultCode {
    case .SQLITE_NOTADB: return .trouble(address: path, .notSQLite)
    case .SQLITE_FULL: return .trouble(address: path, .diskFull)
    case .SQLITE_READONLY: return .trouble(address: path, JournalWriteAccess.refusal(for: path))
    case .SQLITE_CANTOPEN: return .trouble(address: path, .cannotOpen)
    case .SQLITE_IOERR: return .trouble(address: path, .inputOutput)
    case .SQLITE_BUSY, .SQLITE_PROTOCOL, .SQLITE_LOCKED:
      // Any account that can read the journal can hold its lock: say who may be holding it.
      return .trouble(address: path, .locked(JournalHolders.find(for: path)))
    default: return JournalError("\(path): \(error.message ?? "\(error.resultCode)")")
    }
  }
}
