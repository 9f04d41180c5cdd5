import AccordCore
import Foundation

// Who holds a journal file's lock, from `/proc/*/fd`: any account that can read the journal can
// hold a lock on `-shm` that stops every editor, so an editor who waited in vain is told whom to
// ask.
extension JournalHolders {
  /// The processes other than this one with `path`'s files open.
  static func find(for path: String, proc: String = "/proc") -> JournalHolders {
    let database = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let files = Set(["", "-wal", "-shm"].map { database + $0 })
    var found = JournalHolders(holders: [], unseen: 0)
    let me = getpid()
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: proc)) ?? []
    for entry in entries {
      guard let pid = Int32(entry), pid != me else { continue }
      let descriptors = "\(proc)/\(entry)/fd"
      guard let fds = try? FileManager.default.contentsOfDirectory(atPath: descriptors) else {
        var info = stat()
        if stat("\(proc)/\(entry)", &info) == 0, info.st_uid != geteuid() { found.unseen += 1 }
        continue
      }
      let holds = fds.contains { fd in
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(descriptors)/\(fd)")).map(files.contains)
          ?? false
      }
      guard holds else { continue }
      var info = stat()
      let uid = stat("\(proc)/\(entry)", &info) == 0 ? info.st_uid : uid_t.max
      let command =
        (try? String(contentsOfFile: "\(proc)/\(entry)/comm", encoding: .utf8))?
        .trimmingCharacters(in: .newlines) ?? "?"
      found.holders.append(Holder(pid: pid, command: command, account: account(uid)))
    }
    found.holders.sort { $0.pid < $1.pid }
    return found
  }

  private static func account(_ uid: uid_t) -> String {
    guard let entry = getpwuid(uid) else { return "uid \(uid)" }
    return String(cString: entry.pointee.pw_name)
  }
}
