import Foundation

/// Who may be holding the journal's lock, as `fuser` would say: the processes that have the
/// journal, its `-wal` or its `-shm` open, with their accounts, from `/proc/*/fd`. Any account
/// that can read the journal can hold a lock on `-shm` that stops every editor, so an editor who
/// waited in vain is told whom to ask. Only root sees every process's descriptors; for the
/// processes of other accounts that this one cannot look into, it says how many there were.
struct JournalHolders: Equatable {
  struct Holder: Equatable {
    var pid: Int32
    var command: String
    var account: String
  }

  var holders: [Holder]
  /// Processes of other accounts whose descriptors this account may not read.
  var unseen: Int

  /// At most this many are named: a message, not a process table.
  static let limit = 10

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

  /// `open in accord (pid 41, somchai), python3 (pid 52, nobody)`, and what could not be seen.
  var description: String {
    var parts: [String] = []
    if !holders.isEmpty {
      let named = holders.prefix(Self.limit).map { "\($0.command) (pid \($0.pid), account \($0.account))" }
      let more = holders.count > Self.limit ? ", and \(holders.count - Self.limit) more" : ""
      parts.append("it is open in " + named.joined(separator: ", ") + more)
    } else {
      parts.append("no process this account can see has it open")
    }
    if unseen > 0 {
      parts.append("\(unseen) processes of other accounts could not be looked into (root sees them all)")
    }
    return parts.joined(separator: "; ")
  }
}
