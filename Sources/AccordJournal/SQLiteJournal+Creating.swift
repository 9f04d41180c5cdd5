import AccordCore
import Foundation
import GRDB

extension SQLiteJournal {
  /// Whether there is a journal at `path`: false when nothing is there, refused when a
  /// directory on the way is closed to this account (the shared deployment's viewers
  /// directory, to anyone outside the group), rather than taken for no journal at all.
  static func exists(at path: String) throws(JournalError) -> Bool {
    var info = stat()
    if stat(path, &info) == 0 { return true }
    guard errno == EACCES else { return false }
    throw .trouble(address: path, .closedPath)
  }

  /// Makes the journal at `path` complete or not at all: it is built in a file of its own beside
  /// `path` (same directory, so the same file system, group and mode), then linked into place,
  /// so a writer killed half-way leaves no half-made journal that readers would refuse. A
  /// directory is never made: a mistyped path is refused, not given directories.
  static func create(at path: String, planIdentity: String) throws(JournalError) {
    let directory = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    if !directory.isEmpty
      && !(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue)
    {
      throw .trouble(address: path, .noDirectory(directory))
    }
    let building =
      (directory.isEmpty ? "" : directory + "/")
      + ".\((path as NSString).lastPathComponent).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    // SQLite makes its files 0644 whatever the umask; made here 0666 less the umask, the
    // editors' umask gives their group write access to it, and to the -wal and -shm files
    // SQLite then makes with the same mode.
    let descriptor = open(building, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw .trouble(address: path, .cannotOpen)
    }
    // In a group's directory (group-writable and setgid, as the shared deployment has it) the
    // journal is the group's to write whatever this session's umask: an SSH ForceCommand reads
    // no profile, and its umask 022 would lock the next editor out.
    var folder = stat()
    if stat(directory.isEmpty ? "." : directory, &folder) == 0, folder.st_mode & S_ISGID != 0,
      folder.st_mode & S_IWGRP != 0
    {
      var made = stat()
      if fstat(descriptor, &made) == 0 { fchmod(descriptor, (made.st_mode & 0o777) | 0o060) }
    }
    close(descriptor)
    defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(building + suffix) } }
    do {
      let queue = try DatabaseQueue(path: building)
      try queue.write { db in try migrate(db, from: 0, planIdentity: planIdentity) }
      try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
      try queue.close()
    } catch {
      throw explain(error, path: path)
    }
    // link, not rename: of two processes creating the journal at once, the second finds it made
    // and uses it, rather than putting its own empty one over an update just recorded.
    if link(building, path) != 0 && errno != EEXIST {
      throw JournalError.trouble(address: path, .cannotCreate(said: String(cString: strerror(errno))))
    }
  }
}
