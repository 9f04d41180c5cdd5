/// What keeps a journal from being used that accord can name, as values: AccordText words it in
/// the reader's language, with the system's or the server's own words (`said`) quoted as they
/// came. It crosses from accord-postgres to accord as a value, so accord words it. (The rest is
/// the journal's or the server's own words alone, `.unusable`.)
public enum JournalTrouble: Sendable, Equatable, Codable {
  /// A file without accord's schema.
  case noSchema
  /// A file that is not an SQLite database.
  case notSQLite
  /// Another program's SQLite database.
  case otherDatabase
  case diskFull
  /// SQLite cannot open or create the file: the directory's permissions, most often.
  case cannotOpen
  case inputOutput
  /// A viewer cannot read a journal whose -wal and -shm files are gone.
  case withoutWALFiles
  /// A directory given as the journal; `example` is a file in it.
  case directory(example: String)
  /// A directory on the journal's path is closed to this account.
  case closedPath
  /// The directory the journal would be made in is not there.
  case noDirectory(String)
  /// `--site` given for a journal file.
  case siteForFile
  /// `journal check` or `journal backup` given a server's journal.
  case fileOnly(command: String)
  /// A viewer records on a server (the server's own words in `message`).
  case viewer(message: String)
  /// The file system refuses this account writing the journal (SQLite found it read-only).
  case readOnly
  /// The same, with the first of the journal, its `-wal`, `-shm` and directory that this
  /// account may not write, its mode, owner and group (`FileAccess.summary`), and why.
  case readOnlyFile(file: String, summary: String, refusal: FileAccess.Refusal)
  /// SQLite waited in vain for another process's lock.
  case locked(JournalHolders)
  /// The journal file cannot be made in its directory.
  case cannotCreate(said: String)

  // The PostgreSQL client's configuration (the address is the server's, or `file:line:column`).
  case noService(name: String, files: [String])
  case notAServiceLine
  case tlsSettings(rootCert: String?, said: String)
  case passwordRefused(said: String)
  case noPassword
  case certificateRefused(said: String)

  // The server's journal.
  /// A database without accord's schema, to record in: `server` is its address.
  case noJournalYet(server: String)
  case schemaUnreadable(said: String)
  case schemaEmpty
  case otherSite(String)
  case updatesOfNoSite(count: Int)
  case noRowRecorded
  case unexpectedAnswer(said: String)

  // The outbox (the address is its file).
  case outboxUnusable(said: String)
  case keyless

  // The PostgreSQL client program, accord-postgres (the address is the server's, or the
  // program's name for its own).
  case clientNotFound(client: String, at: String, named: Bool)
  case clientCannotStart(client: String, said: String)
  case clientBroken(client: String, ClientStop)
  case clientAnsweredOther
  case requestUnreadable(said: String)
  case noJournalOpened
}
