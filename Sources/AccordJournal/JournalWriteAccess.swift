import AccordCore
import Foundation

/// Why this account cannot write a journal it can read, for an administrator to act on: the
/// first of the journal, its `-wal`, its `-shm` and its directory that this account may not
/// write, its owner, group and mode, and the change that mends it (`FileAccess`, as `accord
/// doctor` says it). AccordText words it.
enum JournalWriteAccess {
  static func refusal(for path: String) -> JournalTrouble {
    let account = AccountIdentity.current()
    let directory = (path as NSString).deletingLastPathComponent
    for file in [path, path + "-wal", path + "-shm", directory.isEmpty ? "." : directory] {
      guard let facts = FileAccess.of(file), !facts.allows(.write, to: account) else { continue }
      return .readOnlyFile(file: file, summary: facts.summary, refusal: facts.refusal(.write, to: account))
    }
    return .readOnly
  }
}
