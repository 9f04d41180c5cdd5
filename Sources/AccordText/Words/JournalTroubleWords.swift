import AccordCore
import AccordLocalization

// What keeps a journal from being used, in the reader's language. The system's, SQLite's and the
// server's own words (`said`) and what comes from files or processes are quoted as they came,
// sanitised, inside accord's sentence.

extension JournalTrouble {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    return switch self {
    case .noSchema: writing.localized("is not an accord journal (it has no schema)")
    case .notSQLite: writing.localized("is not an accord journal (not an SQLite database)")
    case .otherDatabase:
      writing.localized("is an SQLite database but not an accord journal; accord records only into its own journal")
    case .diskFull: writing.localized("the disk is full; nothing was recorded")
    case .cannotOpen: writing.localized("cannot open or create the journal here (check the directory's permissions)")
    case .inputOutput: writing.localized("input/output error (is the disk full?); nothing was recorded")
    case .withoutWALFiles:
      writing.localized(
        "cannot be read without its -wal and -shm files, which this account cannot create; an editor's next update makes them again"
      )
    case .directory(let example):
      fill(writing.localized("is a directory, not a journal; give the journal's file, e.g. --journal %1$s"), example)
    case .closedPath:
      writing.localized("this account may not reach the journal (a directory on its path is closed to it)")
    case .noDirectory(let directory):
      fill(
        writing.localized("there is no directory %1$s; check the path (accord makes no directories for a journal)"),
        directory)
    case .siteForFile: writing.localized("--site is for a journal on a PostgreSQL server, one a site")
    case .fileOnly(let command):
      fill(
        writing.localized(
          "%1$s is for a journal file; a PostgreSQL journal is checked and backed up with the server's own tools (pg_dump, pg_amcheck)"
        ), command)
    case .viewer(let message):
      fill(
        // TRANSLATORS: %1$s is the server's own words (English) refusing the account.
        writing.localized("%1$s: this account may read the journal but not record in it (it is a viewer)"), message)
    case .readOnly, .readOnlyFile: readOnlyMessage(in: writing)
    case .locked(let holders):
      writing.localized("the journal stayed locked by another process; nothing was recorded") + "; "
        + holders.message(in: writing)
    // TRANSLATORS: %1$s is the system's own words (English), e.g. Permission denied.
    case .cannotCreate(let said): fill(writing.localized("cannot create the journal here: %1$s"), quoted(said))
    case .noService, .notAServiceLine, .tlsSettings, .passwordRefused, .noPassword, .certificateRefused, .noJournalYet,
      .schemaUnreadable, .schemaEmpty, .otherSite, .updatesOfNoSite, .noRowRecorded, .unexpectedAnswer, .outboxUnusable,
      .keyless, .clientNotFound, .clientCannotStart, .clientBroken, .clientAnsweredOther, .requestUnreadable,
      .noJournalOpened:
      serverMessage(in: writing)
    }
  }

  private func readOnlyMessage(in writing: Writing) -> String {
    let refused = writing.localized("the journal is read-only for this account; nothing was recorded")
    guard case .readOnlyFile(let file, let summary, let refusal) = self else { return refused }
    return Template.fill(
      // TRANSLATORS: %1$s is the sentence "the journal is read-only for this account; nothing was
      // recorded", %2$s a file, %3$s its mode, owner and group (rw-r--r-- somchai:accord), %4$s
      // why this account may not write it, %5$s the command that mends it.
      writing.localized("%1$s: %2$s is %3$s; %4$s; to mend it: %5$s"),
      [refused, SafeText.sanitized(file), summary, refusal.why(in: writing), refusal.change(in: writing)])
  }

  /// The PostgreSQL client's, the server's, the outbox's and the client program's troubles.
  private func serverMessage(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    return switch self {
    case .noService(let name, let files):
      fill(
        // TRANSLATORS: %1$s is the name of a connection service, %2$s the files looked in.
        writing.localized("the connection service '%1$s' is in no service file (%2$s)"), SafeText.sanitized(name),
        SafeText.sanitized(files.joined(separator: ", ")))
    case .notAServiceLine: writing.localized("not a [service] line nor key=value")
    case .tlsSettings(let rootCert, let said):
      fill(
        // TRANSLATORS: %1$s is the certificate file (or none), %2$s the TLS library's own words (English).
        writing.localized("cannot use the TLS settings (sslrootcert=%1$s): %2$s"),
        rootCert.map(SafeText.sanitized) ?? writing.localized("none", context: "certificate"), quoted(said))
    case .passwordRefused(let said):
      // TRANSLATORS: %1$s is the server's own words (English) refusing the password.
      fill(writing.localized("%1$s (a password goes in ~/.pgpass or the file PGPASSFILE names)"), quoted(said))
    case .noPassword:
      writing.localized("the server asks for a password and none was found for it in ~/.pgpass or PGPASSFILE")
    case .certificateRefused(let said):
      fill(writing.localized("the server's certificate is refused (%1$s)"), quoted(said))
    case .noJournalYet(let server):
      fill(
        writing.localized(
          "there is no journal in this database yet; its administrator makes it with accord journal init %1$s"), server)
    case .schemaUnreadable(let said): fill(writing.localized("accord_schema cannot be read: %1$s"), quoted(said))
    case .schemaEmpty: writing.localized("accord_schema is empty")
    case .otherSite(let site):
      // TRANSLATORS: %1$s is a site's code (lao or kh).
      fill(writing.localized("this journal is the site %1$s's; a journal's site is chosen once"), quoted(site))
    case .updatesOfNoSite(let count):
      writing.localized(
        "this journal holds %d update of no site; a journal becomes a site's before its first update",
        plural: "this journal holds %d updates of no site; a journal becomes a site's before its first update",
        count: count)
    case .noRowRecorded: writing.localized("the server recorded no row")
    case .unexpectedAnswer(let said): fill(writing.localized("unexpected answer from the server: %1$s"), quoted(said))
    case .outboxUnusable(let said): fill(writing.localized("the outbox cannot be used: %1$s"), quoted(said))
    case .keyless: writing.localized("an update without a key cannot wait in the outbox")
    case .clientNotFound(let client, let place, true):
      fill(
        writing.localized(
          // TRANSLATORS: %1$s is the client's name (accord-postgres), %2$s where it was looked for.
          "the PostgreSQL client (%1$s) was not found at %2$s, where ACCORD_POSTGRES says it is; install it there, or unset ACCORD_POSTGRES to use the one beside accord"
        ), client, SafeText.sanitized(place))
    case .clientNotFound(let client, let place, false):
      fill(
        writing.localized(
          "the PostgreSQL client (%1$s) was not found beside %2$s; install it there (make install does), or give its path in ACCORD_POSTGRES"
        ), client, SafeText.sanitized(place))
    case .clientCannotStart(let client, let said):
      // TRANSLATORS: %1$s is the client program's path, %2$s the system's own words (English).
      fill(writing.localized("cannot start the PostgreSQL client %1$s: %2$s"), SafeText.sanitized(client), quoted(said))
    case .clientBroken(let client, let stop):
      fill(
        // TRANSLATORS: %1$s is the client program's path, %2$s what went wrong.
        writing.localized("the PostgreSQL client %1$s is broken (%2$s); install the accord-postgres of this accord"),
        SafeText.sanitized(client), stop.message(in: writing))
    case .clientAnsweredOther:
      writing.localized("the PostgreSQL client (accord-postgres) answered another question: is it another accord's?")
    case .requestUnreadable(let said): fill(writing.localized("cannot read accord's request (%1$s)"), quoted(said))
    case .noJournalOpened: writing.localized("asked for a journal before opening one")
    // The journal file's troubles, worded by `message(in:)`.
    default: ""
    }
  }

  /// Words from outside (the system's, a server's), on one line and without control characters.
  private func quoted(_ said: String) -> String { SafeText.excerpt(said, limit: 300) }
}

extension JournalHolders {
  /// `it is open in accord (pid 41, account somchai), ...`, and what could not be seen.
  public func message(in writing: Writing) -> String {
    var parts: [String] = []
    if holders.isEmpty {
      parts.append(writing.localized("no process this account can see has it open"))
    } else {
      let named = holders.prefix(Self.limit).map {
        Template.fill(
          // TRANSLATORS: %1$s is a program's name, %2$s its process number, %3$s its account.
          writing.localized("%1$s (pid %2$s, account %3$s)"),
          [SafeText.sanitized($0.command), String($0.pid), SafeText.sanitized($0.account)])
      }
      var listed = named.joined(separator: ", ")
      if holders.count > Self.limit {
        listed += ", " + writing.localized("and %d more", plural: "and %d more", count: holders.count - Self.limit)
      }
      // TRANSLATORS: %1$s lists the processes that have the journal open.
      parts.append(Template.fill(writing.localized("it is open in %1$s"), [listed]))
    }
    if unseen > 0 {
      parts.append(
        writing.localized(
          "%d process of another account could not be looked into (root sees them all)",
          plural: "%d processes of other accounts could not be looked into (root sees them all)", count: unseen))
    }
    return parts.joined(separator: "; ")
  }
}
