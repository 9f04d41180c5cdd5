import AccordCore
import Foundation
import GRDB

/// Updates recorded while their journal's server could not be reached, kept in an SQLite file
/// beside the config (`~/.config/accord/outbox.sqlite`, this account's only) until they are
/// sent. Each keeps the key chosen when it was recorded, so sending it again after an outcome
/// that is not known (the connection lost while the server committed) records it once. One the
/// server refuses when it is sent stays in the file with its refusal: it is never dropped.
public struct Outbox: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  /// In accord's config directory; nil with neither HOME nor XDG_CONFIG_HOME.
  public static func standard(environment: [String: String] = ProcessEnvironment.variables) -> Outbox? {
    ConfigDirectory.path(environment: environment).map { Outbox(path: $0 + "/outbox.sqlite") }
  }

  /// Keeps `update` (which has its key) to be sent to the journal at `address`; says how many
  /// updates now wait for it.
  @discardableResult
  public func keep(_ update: JournalUpdate, for address: JournalAddress, planIdentity: String) throws(JournalError)
    -> Int
  {
    guard let key = update.key else { throw .trouble(address: path, .keyless) }
    return try writing { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO waiting (key, journal, plan_identity, target_kind, target_id, status, date, note,
            source, url, confidence, corrects, kept_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          key, address.description, planIdentity, update.targetKind.rawValue, update.targetID, update.status,
          update.date.description, update.note, update.source, update.url, update.confidence.rawValue,
          update.corrects, SQLiteJournal.utcNow(),
        ])
      return try Self.count(db, address)
    }
  }

  /// The updates waiting for the journal at `address`, oldest first, each with its key.
  public func waiting(for address: JournalAddress, planIdentity: String) throws(JournalError) -> [JournalUpdate] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    return try writing { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, target_kind, target_id, status, date, note, source, url, confidence, corrects, '', NULL,
            kept_at, key FROM waiting WHERE journal = ? AND plan_identity = ? AND refusal IS NULL ORDER BY rowid
          """, arguments: [address.description, planIdentity])
      return rows.compactMap { row -> JournalUpdate? in
        let values = (0..<row.count).map { SQLiteJournal.stored(row[$0] as DatabaseValue) }
        guard var update = try? JournalUpdate(row: JournalRow(Array(values.prefix(13)))),
          case .text(let key) = values[13]
        else { return nil }
        update.id = nil
        update.recording = nil
        update.key = key
        return update
      }
    }
  }

  /// How many updates wait for the journal at `address`: none when the outbox cannot be read
  /// (this is for the bottom line, which must not fail for it).
  public func waitingCount(for address: JournalAddress) -> Int {
    guard FileManager.default.fileExists(atPath: path) else { return 0 }
    return (try? writing { db in try Self.count(db, address) }) ?? 0
  }

  /// The update with `key` reached its journal.
  func remove(key: String) throws(JournalError) {
    try writing { db in try db.execute(sql: "DELETE FROM waiting WHERE key = ?", arguments: [key]) }
  }

  /// The update with `key` was refused by its journal: kept, with why, and sent no more.
  func refuse(key: String, because reason: String) throws(JournalError) {
    try writing { db in
      try db.execute(sql: "UPDATE waiting SET refusal = ? WHERE key = ?", arguments: [reason, key])
    }
  }

  private static func count(_ db: Database, _ address: JournalAddress) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT count(*) FROM waiting WHERE journal = ? AND refusal IS NULL", arguments: [address.description])
      ?? 0
  }

  /// Opens the outbox (made at the first update kept, readable by this account only) for `work`.
  private func writing<T>(_ work: (Database) throws -> T) throws(JournalError) -> T {
    do {
      if !FileManager.default.fileExists(atPath: path) {
        try FileManager.default.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
      }
      var configuration = Configuration()
      configuration.busyMode = .timeout(30)
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      return try queue.write { db in
        try db.execute(sql: Self.schema)
        return try work(db)
      }
    } catch {
      throw .trouble(address: path, .outboxUnusable(said: "\(error)"))
    }
  }

  private static let schema = """
    CREATE TABLE IF NOT EXISTS waiting (
      key TEXT PRIMARY KEY,
      journal TEXT NOT NULL,
      plan_identity TEXT NOT NULL,
      target_kind TEXT NOT NULL,
      target_id TEXT NOT NULL,
      status TEXT NOT NULL,
      date TEXT NOT NULL,
      note TEXT NOT NULL,
      source TEXT NOT NULL,
      url TEXT,
      confidence TEXT NOT NULL,
      corrects INTEGER,
      kept_at TEXT NOT NULL,
      refusal TEXT
    )
    """
}
