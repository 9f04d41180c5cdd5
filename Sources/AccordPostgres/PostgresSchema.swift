import AccordCore
import PostgresNIO

/// The journal's tables on the server and what the server enforces there, whatever client
/// writes: updates are numbered one after another in the order they commit (writers take turns
/// on an advisory lock, so a reader that has seen number N never later finds an N-1 it missed;
/// replication's inserts take their place in the arrival order under the same lock),
/// their author is the session's role and their time the server's, and no update is ever
/// changed or deleted. Three roles say who may do what, and the server holds everyone to them,
/// psql included: `accord_viewer` reads, `accord_editor` also records, `accord_coordinator`
/// also confirms; a login role is given one of them (`GRANT accord_editor TO somchai`). A role's
/// display name is its `COMMENT ON ROLE`, set by the administrator.
enum PostgresSchema {
  /// The schema this build writes; a journal with a newer one is refused, not downgraded.
  static let version = 5
  /// The advisory locks writers and schema makers take turns on (the plan's years).
  static let writingLock = 2_023_202_701
  static let makingLock = 2_023_202_700
  /// The channel an insert notifies, for dashboards that listen.
  static let channel = "accord_journal"

  /// Each migration takes the schema from the version before it to its own number.
  static let migrations: [Int: String] = [
    1: #"""
    CREATE TABLE accord_schema (version integer NOT NULL, plan_identity text NOT NULL);
    CREATE TABLE "update" (
      id bigint PRIMARY KEY,
      target_kind text NOT NULL CHECK (target_kind IN ('commitment', 'milestone', 'meeting')),
      target_id text NOT NULL,
      status text NOT NULL,
      date text NOT NULL,
      note text NOT NULL,
      source text NOT NULL,
      url text,
      confidence text NOT NULL CHECK (confidence IN ('confirmed', 'reported')),
      corrects bigint REFERENCES "update"(id),
      author text NOT NULL,
      author_name text,
      recorded_at text NOT NULL
    );
    CREATE FUNCTION accord_stamp_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(2023202701);
      -- accord journal copy, by the table's owner only: the update as recorded elsewhere.
      IF current_setting('accord.copying', true) = 'on'
        AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = '"update"'::regclass), 'MEMBER') THEN
        RETURN NEW;
      END IF;
      IF NEW.corrects IS NOT NULL AND NEW.confidence = 'confirmed'
        AND (SELECT confidence FROM "update" WHERE id = NEW.corrects) = 'reported'
        AND NOT pg_has_role(session_user, 'accord_coordinator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a coordinator (accord_coordinator) confirms a reported update; update #% stays reported', NEW.corrects;
      END IF;
      NEW.id := coalesce((SELECT max(id) FROM "update"), 0) + 1;
      NEW.author := session_user;
      NEW.author_name := shobj_description((SELECT oid FROM pg_roles WHERE rolname = session_user), 'pg_authid');
      NEW.recorded_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
      RETURN NEW;
    END $$;
    CREATE TRIGGER update_is_stamped BEFORE INSERT ON "update" FOR EACH ROW EXECUTE FUNCTION accord_stamp_update();
    CREATE FUNCTION accord_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'updates are never changed or deleted: record a correction';
    END $$;
    CREATE TRIGGER update_is_append_only BEFORE UPDATE OR DELETE ON "update" FOR EACH ROW EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_is_never_emptied BEFORE TRUNCATE ON "update" FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
    CREATE FUNCTION accord_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('accord_journal', '');
      RETURN NULL;
    END $$;
    CREATE TRIGGER update_notifies AFTER INSERT ON "update" FOR EACH STATEMENT EXECUTE FUNCTION accord_notify();
    DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'accord_viewer') THEN CREATE ROLE accord_viewer NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'accord_editor') THEN CREATE ROLE accord_editor NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'accord_coordinator') THEN CREATE ROLE accord_coordinator NOLOGIN; END IF;
    END $$;
    GRANT accord_viewer TO accord_editor;
    GRANT accord_editor TO accord_coordinator;
    REVOKE ALL ON "update", accord_schema FROM PUBLIC;
    GRANT SELECT ON "update", accord_schema TO accord_viewer;
    GRANT INSERT ON "update" TO accord_editor;
    """#,
    // The key a client chose for an update: sent twice (after a lost connection, from the
    // outbox), it is recorded once.
    2: #"""
    ALTER TABLE "update" ADD COLUMN key text UNIQUE;
    """#,
    // Two sites (README, "Two sites"): each update's site, set by the server; a site's numbers
    // its own (Vientiane's odd, Phnom Penh's even); the order updates reached this server, which
    // a watch reads by (another site's arrive late, with numbers below those already seen); and
    // a notification for the rows replication applies.
    3: #"""
    ALTER TABLE accord_schema ADD COLUMN site text CHECK (site IN ('lao', 'kh'));
    ALTER TABLE "update" ADD COLUMN site text CHECK (site IN ('lao', 'kh'));
    ALTER TABLE "update" ADD COLUMN arrival bigint;
    ALTER TABLE "update" DISABLE TRIGGER update_is_append_only;
    UPDATE "update" SET arrival = id;
    ALTER TABLE "update" ENABLE TRIGGER update_is_append_only;
    CREATE SEQUENCE update_arrival;
    SELECT setval('update_arrival', coalesce(max(id), 0) + 1, false) FROM "update";
    ALTER TABLE "update" ALTER COLUMN arrival SET DEFAULT nextval('update_arrival');
    ALTER TABLE "update" ALTER COLUMN arrival SET NOT NULL;
    CREATE UNIQUE INDEX update_arrival_order ON "update"(arrival);
    CREATE INDEX update_site_number ON "update"(site, id);
    GRANT USAGE ON SEQUENCE update_arrival TO accord_editor;
    CREATE TRIGGER update_notifies_replicated AFTER INSERT ON "update" FOR EACH ROW EXECUTE FUNCTION accord_notify();
    ALTER TABLE "update" ENABLE REPLICA TRIGGER update_notifies_replicated;
    CREATE OR REPLACE FUNCTION accord_stamp_update() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      here text := (SELECT site FROM accord_schema);
    BEGIN
      PERFORM pg_advisory_xact_lock(2023202701);
      -- accord journal copy, by the table's owner only: the update as recorded elsewhere.
      IF current_setting('accord.copying', true) = 'on'
        AND pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = '"update"'::regclass), 'MEMBER') THEN
        RETURN NEW;
      END IF;
      IF NEW.corrects IS NOT NULL AND NEW.confidence = 'confirmed'
        AND (SELECT confidence FROM "update" WHERE id = NEW.corrects) = 'reported'
        AND NOT pg_has_role(session_user, 'accord_coordinator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a coordinator (accord_coordinator) confirms a reported update; update #% stays reported', NEW.corrects;
      END IF;
      NEW.site := here;
      IF here IS NULL THEN
        NEW.id := coalesce((SELECT max(id) FROM "update"), 0) + 1;
      ELSE
        NEW.id := coalesce((SELECT max(id) FROM "update" WHERE site = here), CASE here WHEN 'lao' THEN -1 ELSE 0 END) + 2;
      END IF;
      NEW.author := session_user || coalesce('@' || here, '');
      NEW.author_name := shobj_description((SELECT oid FROM pg_roles WHERE rolname = session_user), 'pg_authid');
      NEW.recorded_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
      RETURN NEW;
    END $$;
    """#,
    4: partitionedBySite,
    // A row's place in the arrival order was the column's default, taken before any trigger,
    // and replication's inserts run no trigger of origin: a writer here could commit a later
    // place while another site's update was being applied, and a watch, reading on from the
    // last place it saw, never read that update (PostgresArrivalOrderTests). Every insert,
    // replication's included, now takes its place under the writers' lock, held to its commit,
    // so places commit in their order. The function keeps the search path it was made with:
    // replication's worker runs with none, and would not find the sequence.
    5: #"""
    CREATE FUNCTION accord_place_arrival() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(2023202701);
      NEW.arrival := nextval('update_arrival');
      RETURN NEW;
    END $$;
    ALTER TABLE "update" ALTER COLUMN arrival DROP DEFAULT;
    CREATE TRIGGER update_arrives_in_commit_order BEFORE INSERT ON "update" FOR EACH ROW EXECUTE FUNCTION accord_place_arrival();
    ALTER TABLE "update" ENABLE ALWAYS TRIGGER update_arrives_in_commit_order;
    """#,
  ]

  /// The schema's version and plan on `session`'s database; nil when it has none yet.
  static func recorded(in session: PostgresSession) throws(JournalError) -> (version: Int, identity: String)? {
    let exists = try session.rows("SELECT to_regclass('accord_schema') IS NOT NULL")
    guard let row = exists.first, try decoding(from: session.server, { try row.decode(Bool.self) }) else { return nil }
    let rows = try session.rows("SELECT version, plan_identity FROM accord_schema")
    guard let first = rows.first else { return nil }
    do {
      let (version, identity) = try first.decode((Int, String).self)
      return (version, identity)
    } catch {
      throw .trouble(address: session.server.description, .schemaUnreadable(said: "\(error)"))
    }
  }

  /// Brings the schema to `version` for `identity`, in one transaction: of two sessions doing
  /// it at once, the second waits and finds it made.
  static func make(in session: PostgresSession, identity: String) throws(JournalError) {
    try session.execute("BEGIN")
    do throws(JournalError) {
      _ = try session.rows("SELECT pg_advisory_xact_lock(\(makingLock))")
      let current = try recorded(in: session)?.version ?? 0
      if current > version { throw .newerSchema(address: session.server.description, version: current, known: version) }
      for step in stride(from: current + 1, through: version, by: 1) {
        for statement in statements(of: migrations[step] ?? "") { try session.execute(statement) }
      }
      if current == 0 {
        _ = try session.rows("INSERT INTO accord_schema (version, plan_identity) VALUES (\(version), \(identity))")
      } else if current < version {
        _ = try session.rows("UPDATE accord_schema SET version = \(version)")
      }
      try session.execute("COMMIT")
    } catch {
      try? session.execute("ROLLBACK")
      throw error
    }
  }

  /// Makes the journal `site`'s (`lao` or `kh`): once, before its first update, as a site's
  /// numbers start from its own first. Says nothing when it already is.
  static func choose(site: String, in session: PostgresSession) throws(JournalError) {
    let rows = try session.rows(#"SELECT site, (SELECT count(*) FROM "update") FROM accord_schema"#)
    guard let row = rows.first else { throw .trouble(address: session.server.description, .schemaEmpty) }
    let (current, count) = try decoding(from: session.server) { try row.decode((String?, Int64).self) }
    if current == site { return }
    if let current {
      throw .trouble(address: session.server.description, .otherSite(current))
    }
    guard count == 0 else {
      throw .trouble(address: session.server.description, .updatesOfNoSite(count: Int(count)))
    }
    _ = try session.rows("UPDATE accord_schema SET site = \(site)")
  }

  /// A migration's statements, one at a time as the extended protocol takes them: each ends
  /// with a line that is not indented and ends with `;` (a function's body is indented).
  static func statements(of sql: String) -> [String] {
    var statements: [String] = []
    var current: [Substring] = []
    for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
      current.append(line)
      if line.hasSuffix(";"), line.first?.isWhitespace == false {
        statements.append(current.joined(separator: "\n"))
        current = []
      }
    }
    return statements
  }

  /// A row's values, or what the server answered instead: never a crash.
  static func decoding<T>(from server: ServerAddress, _ decode: () throws -> T) throws(JournalError) -> T {
    do { return try decode() } catch {
      throw .trouble(address: server.description, .unexpectedAnswer(said: "\(error)"))
    }
  }
}
