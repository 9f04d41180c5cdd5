import AccordCore

/// The PostgreSQL journal's client, reached only for a `postgresql://` address: a program of its
/// own (`accord-postgres`), started then.
enum ServerJournalClient {
  static func open(
    _ server: ServerAddress, planIdentity: String, access: JournalAccess, corrections: CorrectionScope
  ) throws(JournalError) -> any Journal {
    try PostgresClientJournal(server: server, planIdentity: planIdentity, access: access, corrections: corrections)
  }

  static func initialize(_ server: ServerAddress, planIdentity: String, site: String?) throws(JournalError)
    -> JournalInitialization
  {
    try PostgresClientJournal.initialize(server: server, planIdentity: planIdentity, site: site)
  }
}
