/// What keeps a journal from being used that accord can name, as values: AccordText words it in
/// the reader's language. (The rest is the journal's or the server's own words, `.unusable`.)
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

}
