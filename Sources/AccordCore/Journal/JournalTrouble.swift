/// What keeps a journal from being used that accord can name, as values: AccordText words it in
/// the reader's language. (The rest is the journal's or the server's own words, `.unusable`.)
public enum JournalTrouble: Sendable, Equatable {
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

  /// English, for logs; a person reads `message(in:)`.
  public var description: String {
    switch self {
    case .noSchema: "is not an accord journal (it has no schema)"
    case .notSQLite: "is not an accord journal (not an SQLite database)"
    case .otherDatabase: "is an SQLite database but not an accord journal; accord records only into its own journal"
    case .diskFull: "the disk is full; nothing was recorded"
    case .cannotOpen: "cannot open or create the journal here (check the directory's permissions)"
    case .inputOutput: "input/output error (is the disk full?); nothing was recorded"
    case .withoutWALFiles:
      "cannot be read without its -wal and -shm files, which this account cannot create; an editor's next update makes them again"
    case .directory(let example): "is a directory, not a journal; give the journal's file, e.g. --journal \(example)"
    case .closedPath: "this account may not reach the journal (a directory on its path is closed to it)"
    case .noDirectory(let directory):
      "there is no directory \(directory); check the path (accord makes no directories for a journal)"
    case .siteForFile: "--site is for a journal on a PostgreSQL server, one a site"
    case .fileOnly(let command):
      "\(command) is for a journal file; a PostgreSQL journal is checked and backed up with the server's own tools (pg_dump, pg_amcheck)"
    case .viewer(let message): "\(message): this account may read the journal but not record in it (it is a viewer)"
    }
  }
}
