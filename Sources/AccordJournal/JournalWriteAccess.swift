import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why this account cannot write a journal it can read, in words an administrator can act on:
/// the first of the journal, its `-wal`, its `-shm` and its directory that this account may not
/// write, with its owner, group and mode, whether the account is in that group, and what to run.
enum JournalWriteAccess {
  static func refusal(for path: String) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    for file in [path, path + "-wal", path + "-shm", directory.isEmpty ? "." : directory] {
      var info = stat()
      guard stat(file, &info) == 0, access(file, W_OK) != 0 else { continue }
      let group = name(ofGroup: info.st_gid)
      let inGroup = getgroups(0, nil) >= 0 && memberOf(info.st_gid)
      let mode = String(info.st_mode & 0o7777, radix: 8)
      let why =
        !inGroup
        ? "this account is not in its group \(group): an administrator adds it (usermod -aG \(group) \(name(ofUser: geteuid())), then log in again)"
        : "its group \(group) may not write it: an administrator runs chmod g+w \(file)"
      return "\(path): the journal is read-only for this account; nothing was recorded: \(file) is "
        + "\(name(ofUser: info.st_uid)):\(group) mode \(mode), and \(why)"
    }
    return "\(path): the journal is read-only for this account; nothing was recorded"
  }

  /// Whether this process has `group` as its group or a supplementary one.
  private static func memberOf(_ group: gid_t) -> Bool {
    if getegid() == group { return true }
    let count = getgroups(0, nil)
    guard count > 0 else { return false }
    var groups = [gid_t](repeating: 0, count: Int(count))
    let filled = getgroups(count, &groups)
    return groups.prefix(Int(max(0, filled))).contains(group)
  }

  /// An account's name, else its number (a container may have no entry for it).
  private static func name(ofUser uid: uid_t) -> String {
    getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "\(uid)"
  }

  private static func name(ofGroup gid: gid_t) -> String {
    getgrgid(gid).map { String(cString: $0.pointee.gr_name) } ?? "\(gid)"
  }
}
