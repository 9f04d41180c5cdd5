import AccordCore
import Foundation
import PostgresNIO
import Synchronization

/// The journal on a PostgreSQL server, shared by every site and machine that reaches it. The
/// server numbers, signs and dates each update (`PostgresSchema`); this checks what the plan
/// alone knows (which updates an update may correct) as the SQLite journal does.
public final class PostgresJournal: Journal, @unchecked Sendable {
  let session: PostgresSession
  let corrections: CorrectionScope

  /// Opens the journal at `server` for `planIdentity`. It is made only by `initialize`: an
  /// editor's account may not create tables, and should not be the one that decides to.
  public init(
    server: ServerAddress, planIdentity: String, access: JournalAccess, corrections: CorrectionScope = .sameTarget
  )
    throws(JournalError)
  {
    self.corrections = corrections
    session = try PostgresSession(server: server)
    guard let recorded = try PostgresSchema.recorded(in: session) else {
      guard access == .write else { throw .missing(address: server.description) }
      throw .trouble(address: server.description, .noJournalYet(server: server.description))
    }
    if recorded.version > PostgresSchema.version {
      throw .newerSchema(address: server.description, version: recorded.version, known: PostgresSchema.version)
    }
    if recorded.identity != planIdentity {
      throw .otherPlan(address: server.description, recorded: recorded.identity, expected: planIdentity)
    }
  }

  /// Makes the journal's schema and roles at `server` (`accord journal init`), or brings an
  /// older schema up to date; a newer one is refused. Says what it did.
  /// With `site` (`lao` or `kh`), the journal becomes that site's (README, "Two sites").
  public static func initialize(server: ServerAddress, planIdentity: String, site: String? = nil) throws(JournalError)
    -> JournalInitialization
  {
    let session = try PostgresSession(server: server)
    let before = try PostgresSchema.recorded(in: session)
    if let before, before.identity != planIdentity {
      throw .otherPlan(address: server.description, recorded: before.identity, expected: planIdentity)
    }
    try PostgresSchema.make(in: session, identity: planIdentity)
    if let site { try PostgresSchema.choose(site: site, in: session) }
    let version = PostgresSchema.version
    let outcome: JournalInitialization.Outcome =
      switch before?.version {
      case nil: .made
      case version: .existed
      case let old?: .migrated(from: old)
      }
    return JournalInitialization(
      outcome: outcome, address: server.description, schemaVersion: version, site: site)
  }

  public func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate {
    if let refusal = update.refusalAfterToday(clock: Day.localToday()) { throw refusal }
    try session.execute("BEGIN")
    do throws(JournalError) {
      // The same turn the insert's trigger takes: the update corrected cannot change meanwhile.
      _ = try session.rows("SELECT pg_advisory_xact_lock(\(PostgresSchema.writingLock))")
      if let corrects = update.corrects { try checkCorrection(of: update, naming: corrects) }
      // An update with this key was recorded before (its first sending's outcome was not
      // known): that one is the answer. Looked up under the writers' turn, as no key unique over
      // every site's partition can be declared (a partitioned table's must hold its site).
      let recordedBefore = try session.rows(
        #"SELECT id, author, author_name, recorded_at FROM "update" WHERE key = \#(update.key)"#)
      let rows =
        recordedBefore.isEmpty
        ? try session.rows(
          """
          INSERT INTO "update" (target_kind, target_id, status, date, note, source, url, confidence, corrects,
            author, recorded_at, key)
          VALUES (\(update.targetKind.rawValue), \(update.targetID), \(update.status), \(update.date.description),
            \(update.note), \(update.source), \(update.url), \(update.confidence.rawValue), \(update.corrects.map(Int64.init)),
            '', '', \(update.key))
          RETURNING id, author, author_name, recorded_at
          """) : recordedBefore
      try session.execute("COMMIT")
      guard let row = rows.first else {
        throw JournalError.trouble(address: session.server.description, .noRowRecorded)
      }
      let (id, author, name, at) = try PostgresSchema.decoding(from: session.server) {
        try row.decode((Int64, String, String?, String).self)
      }
      var recorded = update
      recorded.id = Int(id)
      recorded.recording = Recording(author: author, authorName: name, recordedAt: at, journalID: Int(id))
      return recorded
    } catch {
      try? session.execute("ROLLBACK")
      throw error
    }
  }

  /// Adds `updates` as they were recorded elsewhere, numbers, authors and times kept, in one
  /// transaction (`accord journal copy`); only the table's owner may (the server says so).
  public func keep(_ updates: [JournalUpdate]) throws(JournalError) {
    try session.execute("BEGIN")
    do throws(JournalError) {
      try session.execute("SET LOCAL accord.copying = 'on'")
      for update in updates {
        _ = try session.rows(
          """
          INSERT INTO "update" (id, target_kind, target_id, status, date, note, source, url, confidence, corrects,
            author, author_name, recorded_at)
          VALUES (\(update.id.map(Int64.init)), \(update.targetKind.rawValue), \(update.targetID), \(update.status),
            \(update.date.description), \(update.note), \(update.source), \(update.url), \(update.confidence.rawValue),
            \(update.corrects.map(Int64.init)), \(update.recording?.author ?? ""), \(update.recording?.authorName),
            \(update.recording?.recordedAt ?? ""))
          """)
      }
      try session.execute("COMMIT")
    } catch {
      try? session.execute("ROLLBACK")
      throw error
    }
  }

  private func checkCorrection(of update: JournalUpdate, naming number: Int) throws(JournalError) {
    let rows = try session.rows(#"SELECT target_kind, target_id FROM "update" WHERE id = \#(Int64(number))"#)
    guard let row = rows.first else { throw .refused(.noUpdateToCorrect(update: number)) }
    let (kindName, id) = try PostgresSchema.decoding(from: session.server) { try row.decode((String, String).self) }
    guard let kind = JournalUpdate.TargetKind(rawValue: kindName) else {
      throw .refused(.unreadableCorrected(update: number))
    }
    guard corrections.admits(update, correcting: kind, id) else {
      throw CorrectionScope.refusal(update, correcting: number, about: kind, id)
    }
  }

  public func updates(since: Day?) throws(JournalError) -> [JournalUpdate] {
    try reading(since: since).updates
  }

  public func reading(since: Day?) throws(JournalError) -> JournalReading {
    var reading = try reading(after: 0)
    if let since { reading.updates.removeAll { $0.date.latestDay < since } }
    return reading
  }

  /// Every row that reached this server after update `number` did, in the order they reached
  /// it, each read as `JournalRow` reads the SQLite journal's. On one site that is the numbers'
  /// order; with two, another site's updates arrive late, numbered below some already read.
  public func reading(after number: Int) throws(JournalError) -> JournalReading {
    let rows = try session.rows(
      PostgresQuery(
        unsafeSQL: #"""
          SELECT \#(JournalRow.columnList) FROM "update"
          WHERE arrival > coalesce((SELECT arrival FROM "update" WHERE id = $1), 0) ORDER BY arrival
          """#,
        binds: Self.binds(Int64(number))))
    var reading = JournalReading(updates: [])
    reading.updates.reserveCapacity(rows.count)
    for row in rows {
      do throws(UnreadableUpdate) {
        reading.updates.append(try JournalUpdate(row: JournalRow(try Self.values(of: row))))
      } catch {
        reading.unreadable.append(error)
      }
    }
    return reading
  }

  /// How many notifications of a recorded update this journal has heard (`LISTEN`, started at
  /// the first call): asking costs the server nothing, and an update recorded anywhere moves it
  /// as soon as the server tells. A connection the server or the network ended is said, with
  /// the time it was noticed; the watcher then opens the journal afresh (reconnecting).
  public func changeToken() throws(JournalError) -> Int {
    if !listening.withLock({ $0 }) {
      let heard = self.heard
      try session.listen(on: PostgresSchema.channel) { heard.count.withLock { $0 += 1 } }
      listening.withLock { $0 = true }
    }
    if session.isClosed {
      throw .unreachable(ServerOutage.outage(of: session.server, .lost))
    }
    return heard.count.withLock { $0 }
  }

  private let listening = Mutex(false)
  private let heard = Heard()

  /// Shared with the connection's event loop, which counts what it hears.
  private final class Heard: Sendable {
    let count = Mutex(0)
  }

  /// A row's values as `JournalRow` takes them: numbers for the id and `corrects`, text for the
  /// rest. A text column in binary format is its UTF-8 bytes, read as they are: postgres-nio's
  /// generic `decode` per cell was a third of reading 10,000 updates (`perf`, `make bench`).
  static func values(of row: PostgresRow) throws(UnreadableUpdate) -> [StoredValue] {
    var values: [StoredValue] = []
    values.reserveCapacity(JournalRow.Column.allCases.count)
    for (index, cell) in row.enumerated() {
      guard var bytes = cell.bytes else {
        values.append(.null)
        continue
      }
      if index == JournalRow.Column.id.rawValue || index == JournalRow.Column.corrects.rawValue {
        values.append((try? cell.decode(Int64.self)).map(StoredValue.integer) ?? .null)
      } else if cell.format == .binary, cell.dataType == .text || cell.dataType == .varchar,
        let text = bytes.readString(length: bytes.readableBytes)
      {
        values.append(.text(text))
      } else {
        values.append((try? cell.decode(String.self)).map(StoredValue.text) ?? .null)
      }
    }
    return values
  }

  static func binds(_ number: Int64) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(number)
    return binds
  }
}
