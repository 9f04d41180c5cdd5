import AccordCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SQLiteJournal {
  /// A directory given as the journal (`--journal /var/lib/accord`) is said to be one: SQLite
  /// would fail to open it as an I/O error, which reads as a full disk.
  static func refuseDirectory(_ path: String) throws(JournalError) {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
    let example = path.hasSuffix("/") ? path + "journal.sqlite" : path + "/journal.sqlite"
    throw .trouble(address: path, .directory(example: example))
  }
}
