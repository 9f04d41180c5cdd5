import AccordCore
import GRDB

/// The journal's tables, their migrations, and the rows read back as updates.
enum JournalSchema {
  /// The newest schema this build knows; a journal from a newer accord is refused, not misread.
  static let version = 1

  static func migrator(planIdentity: String) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE journal (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE updates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('commitment', 'milestone', 'meeting')),
            target_id TEXT NOT NULL, status TEXT NOT NULL, date TEXT NOT NULL,
            note TEXT NOT NULL, source TEXT, url TEXT, confidence TEXT NOT NULL,
            corrects INTEGER REFERENCES updates(id),
            author TEXT NOT NULL, author_name TEXT, recorded_at TEXT NOT NULL);
          CREATE TRIGGER updates_never_change BEFORE UPDATE ON updates
            BEGIN SELECT RAISE(ABORT, 'journal updates are never changed: record a correction'); END;
          CREATE TRIGGER updates_never_deleted BEFORE DELETE ON updates
            BEGIN SELECT RAISE(ABORT, 'journal updates are never deleted: record a correction'); END;
          """)
      try db.execute(
        sql: "INSERT INTO journal (key, value) VALUES ('plan', ?), ('schema', ?)",
        arguments: [planIdentity, String(version)])
    }
    return migrator
  }

  /// Refuses a journal of another plan or of a newer schema, with what to do about it.
  static func check(_ db: Database, planIdentity: String) throws {
    guard try db.tableExists("journal") else { throw JournalError.notAJournal }
    let schema = try Int.fetchOne(db, sql: "SELECT value FROM journal WHERE key = 'schema'") ?? 0
    if schema > version { throw JournalError.newerSchema(schema) }
    let plan = try String.fetchOne(db, sql: "SELECT value FROM journal WHERE key = 'plan'") ?? ""
    if plan != planIdentity { throw JournalError.otherPlan(plan) }
  }

  static func update(from row: Row) -> JournalUpdate? {
    guard let date = PlanDate(iso: row["date"]), let confidence = Confidence(rawValue: row["confidence"]) else {
      return nil
    }
    let id: String = row["target_id"]
    let statusText: String = row["status"]
    let target: JournalTarget
    let status: JournalStatus
    switch row["target_kind"] as String {
    case "meeting":
      guard let meetingStatus = MeetingStatus(rawValue: statusText) else { return nil }
      (target, status) = (.meeting(id), .meeting(meetingStatus))
    case let kind:
      guard let commitmentStatus = CommitmentStatus(rawValue: statusText) else { return nil }
      (target, status) = (kind == "milestone" ? .milestone(id) : .commitment(id), .commitment(commitmentStatus))
    }
    return JournalUpdate(
      target: target, status: status, date: date, note: row["note"], source: row["source"], url: row["url"],
      confidence: confidence, corrects: row["corrects"],
      recording: Recording(author: row["author"], authorName: row["author_name"], recordedAt: row["recorded_at"], journalID: row["id"]))
  }
}

/// Why a journal cannot be used, said so an official knows what to do.
public enum JournalError: Error, Equatable, CustomStringConvertible {
  case notAJournal
  case newerSchema(Int)
  case otherPlan(String)

  public var description: String {
    switch self {
    case .notAJournal: "this file is not an accord journal"
    case .newerSchema(let v): "this journal has schema \(v), newer than this accord knows (\(JournalSchema.version)): upgrade accord"
    case .otherPlan(let plan): "this journal belongs to another plan ('\(plan)'): give --journal for this plan's journal"
    }
  }
}
