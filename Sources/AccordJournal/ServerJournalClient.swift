import AccordCore

#if ACCORD_WITHOUT_POSTGRES
  /// A measuring build without the PostgreSQL client (Package.swift, BENCHMARKS.md): a server's
  /// journal is refused, not mistaken for anything else.
  enum ServerJournalClient {
    static func open(
      _ server: ServerAddress, planIdentity: String, access: JournalAccess, corrections: CorrectionScope
    ) throws(JournalError) -> any Journal {
      throw absent(server)
    }

    static func initialize(_ server: ServerAddress, planIdentity: String, site: String?) throws(JournalError)
      -> JournalInitialization
    {
      throw absent(server)
    }

    private static func absent(_ server: ServerAddress) -> JournalError {
      .unusable("\(server): this accord was built without the PostgreSQL client (a measuring build)")
    }
  }
#else
  import AccordPostgres

  /// The PostgreSQL journal's client, reached only for a `postgresql://` address: nothing of it
  /// runs for a journal file.
  enum ServerJournalClient {
    static func open(
      _ server: ServerAddress, planIdentity: String, access: JournalAccess, corrections: CorrectionScope
    ) throws(JournalError) -> any Journal {
      try PostgresJournal(server: server, planIdentity: planIdentity, access: access, corrections: corrections)
    }

    static func initialize(_ server: ServerAddress, planIdentity: String, site: String?) throws(JournalError)
      -> JournalInitialization
    {
      try PostgresJournal.initialize(server: server, planIdentity: planIdentity, site: site)
    }
  }
#endif
