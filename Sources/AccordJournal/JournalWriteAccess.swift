import AccordCore
import AccordText
import Foundation

/// Why this account cannot write a journal it can read, in words an administrator can act on:
/// the first of the journal, its `-wal`, its `-shm` and its directory that this account may not
/// write, its owner, group and mode, and the change that mends it (`FileAccess`, as `accord
/// doctor` says it).
enum JournalWriteAccess {
  static func refusal(for path: String) -> String {
    let refused = "\(path): the journal is read-only for this account; nothing was recorded"
    let account = AccountIdentity.current()
    let directory = (path as NSString).deletingLastPathComponent
    for file in [path, path + "-wal", path + "-shm", directory.isEmpty ? "." : directory] {
      guard let facts = FileAccess.of(file), !facts.allows(.write, to: account) else { continue }
      let refusal = facts.refusal(.write, to: account)
      let (why, change) = (refusal.why(in: .english), refusal.change(in: .english))
      return "\(refused): \(file) is \(facts.summary); \(why); to mend it: \(change)"
    }
    return refused
  }
}
