import AccordCore

extension PostgresSchema {
  /// Schema version 4: each site's updates in a partition of their own (README, "Two sites"),
  /// `updates_lao` and `updates_kh`, and a site-less journal's in `updates_no_site`; a site's
  /// publication is of its own partition, which the other site's subscription writes into, so
  /// neither site ever writes where the other does. The table is made anew and the rows moved
  /// into it as they are (numbers, authors, times, corrections, arrival order). A partitioned
  /// table's unique keys must hold its partition key, so each partition keeps its own (`id`,
  /// `key`, `arrival`), and the trigger checks that a correction names an update that exists,
  /// as the foreign key did. The server routes a row to its site's partition before the
  /// trigger sees it; the trigger refuses one of the other site (it comes by replication only).
  /// Privileges are checked on the table a statement names: editors insert through "update"
  /// alone, and no role but the owner is given any partition (a replicator is given its own
  /// site's to read, README step 4).
  static let partitionedBySite = #"""
    ALTER TABLE "update" RENAME TO update_before_partitions;
    CREATE FUNCTION accord_site() RETURNS text LANGUAGE sql STABLE AS $$ SELECT site FROM accord_schema $$;
    CREATE TABLE "update" (
      id bigint NOT NULL,
      target_kind text NOT NULL CHECK (target_kind IN ('commitment', 'milestone', 'meeting')),
      target_id text NOT NULL,
      status text NOT NULL,
      date text NOT NULL,
      note text NOT NULL,
      source text NOT NULL,
      url text,
      confidence text NOT NULL CHECK (confidence IN ('confirmed', 'reported')),
      corrects bigint,
      author text NOT NULL,
      author_name text,
      recorded_at text NOT NULL,
      key text,
      site text DEFAULT accord_site() CHECK (site IN ('lao', 'kh')),
      arrival bigint NOT NULL DEFAULT nextval('update_arrival')
    ) PARTITION BY LIST (site);
    CREATE TABLE updates_lao PARTITION OF "update" (PRIMARY KEY (id), UNIQUE (key), UNIQUE (arrival)) FOR VALUES IN ('lao');
    CREATE TABLE updates_kh PARTITION OF "update" (PRIMARY KEY (id), UNIQUE (key), UNIQUE (arrival)) FOR VALUES IN ('kh');
    CREATE TABLE updates_no_site PARTITION OF "update" (PRIMARY KEY (id), UNIQUE (key), UNIQUE (arrival)) FOR VALUES IN (NULL);
    INSERT INTO "update" (id, target_kind, target_id, status, date, note, source, url, confidence, corrects, author,
      author_name, recorded_at, key, site, arrival)
      SELECT id, target_kind, target_id, status, date, note, source, url, confidence, corrects, author, author_name,
        recorded_at, key, site, arrival
    FROM update_before_partitions;
    DROP TABLE update_before_partitions;
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
      -- The row is in its site's partition already: another site's comes only by replication.
      IF NEW.site IS DISTINCT FROM here THEN
        RAISE EXCEPTION 'this journal records the site %''s updates; the site %''s arrive by replication only',
          coalesce(here, 'none'), coalesce(NEW.site, 'none');
      END IF;
      IF NEW.corrects IS NOT NULL AND NOT EXISTS (SELECT FROM "update" WHERE id = NEW.corrects) THEN
        RAISE EXCEPTION 'there is no update % to correct', NEW.corrects;
      END IF;
      IF NEW.corrects IS NOT NULL AND NEW.confidence = 'confirmed'
        AND (SELECT confidence FROM "update" WHERE id = NEW.corrects) = 'reported'
        AND NOT pg_has_role(session_user, 'accord_coordinator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a coordinator (accord_coordinator) confirms a reported update; update #% stays reported', NEW.corrects;
      END IF;
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
    CREATE TRIGGER update_is_stamped BEFORE INSERT ON "update" FOR EACH ROW EXECUTE FUNCTION accord_stamp_update();
    CREATE TRIGGER update_is_append_only BEFORE UPDATE OR DELETE ON "update" FOR EACH ROW EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_is_never_emptied BEFORE TRUNCATE ON "update" FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_is_never_emptied BEFORE TRUNCATE ON updates_lao FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_is_never_emptied BEFORE TRUNCATE ON updates_kh FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_is_never_emptied BEFORE TRUNCATE ON updates_no_site FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
    CREATE TRIGGER update_notifies AFTER INSERT ON "update" FOR EACH STATEMENT EXECUTE FUNCTION accord_notify();
    CREATE TRIGGER update_notifies_replicated AFTER INSERT ON "update" FOR EACH ROW EXECUTE FUNCTION accord_notify();
    ALTER TABLE "update" ENABLE REPLICA TRIGGER update_notifies_replicated;
    REVOKE ALL ON "update", updates_lao, updates_kh, updates_no_site FROM PUBLIC;
    GRANT SELECT ON "update" TO accord_viewer;
    GRANT INSERT ON "update" TO accord_editor;
    """#
}
