import AccordCore
import AccordLocalization
import AccordText
import Foundation

/// Whether an account can read the journal, and record in it, as SQLite will need: the
/// directory to enter (and to write, to create the journal or its `-wal` and `-shm` files), the
/// journal to read, and for recording the journal and both files to write.
struct JournalAccessCheck {
  let path: String
  let account: AccountIdentity
  /// A viewer's check (`--read-only`): recording is not expected of it.
  let readOnly: Bool

  private var writing: Writing { Messages.writing }
  private func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }

  var directory: String { (path as NSString).deletingLastPathComponent }
  var companions: [String] { [path + "-wal", path + "-shm"] }

  func findings() -> [DoctorFinding] {
    guard let folder = FileAccess.of(directory.isEmpty ? "." : directory) else { return missingDirectory() }
    var findings: [DoctorFinding] = []
    if !folder.allows(.search, to: account) {
      let refusal = folder.refusal(.search, to: account)
      return [
        .problem(
          .journal,
          fill(
            writing.localized("cannot reach the directory %1$s (%2$s): %3$s"), folder.path, folder.summary,
            refusal.why(in: writing)),
          change: refusal.change(in: writing))
      ]
    }
    if folder.groupMayWrite && !folder.isSetgid {
      findings.append(
        .problem(
          .journal,
          fill(
            writing.localized(
              "%1$s (%2$s) is group-writable but not setgid: a journal made there gets its maker's group, not %3$s"),
            folder.path, folder.summary, AccountIdentity.groupName(folder.group)),
          change: "chmod g+s \(ShellWord.quoted(folder.path))"))
    }
    guard let journal = FileAccess.of(path) else {
      return findings + [creation(in: folder)]
    }
    if !journal.allows(.read, to: account) {
      let refusal = journal.refusal(.read, to: account)
      return findings + [
        .problem(
          .journal,
          fill(writing.localized("cannot read %1$s (%2$s): %3$s"), path, journal.summary, refusal.why(in: writing)),
          change: refusal.change(in: writing))
      ]
    }
    let missing = companions.filter { FileAccess.of($0) == nil }
    if !missing.isEmpty && !folder.allows(.write, to: account) {
      findings.append(
        .problem(
          .journal,
          fill(
            writing.localized("%1$s missing, and this account cannot make them in %2$s: it cannot read the journal"),
            missing.joined(separator: " " + writing.localized("and", context: "list") + " "), folder.path),
          change: writing.localized("an editor's next `accord update` makes them again (they must be kept)")))
    }
    findings.append(
      .ok(.journal, fill(writing.localized("%1$s can read %2$s (%3$s)"), account.name, path, journal.summary)))
    return findings + recording(journal: journal, folder: folder, missing: missing)
  }

  /// Whether the journal, its companions, and the directory for the missing ones are writable.
  private func recording(journal: FileAccess, folder: FileAccess, missing: [String]) -> [DoctorFinding] {
    var blocked = ([journal] + companions.compactMap(FileAccess.of)).filter { !$0.allows(.write, to: account) }
    if !missing.isEmpty && !folder.allows(.write, to: account) { blocked.append(folder) }
    guard !blocked.isEmpty else {
      return [.ok(.journal, fill(writing.localized("%1$s can record updates there"), account.name))]
    }
    if readOnly {
      return [
        .note(
          .journal, fill(writing.localized("%1$s cannot record updates there (a viewer: --read-only)"), account.name))
      ]
    }
    return blocked.map { file in
      let refusal = file.refusal(.write, to: account)
      return .problem(
        .journal,
        fill(writing.localized("cannot record: %1$s is %2$s: %3$s"), file.path, file.summary, refusal.why(in: writing)),
        change: refusal.change(in: writing))
    }
  }

  /// No journal yet: whether this account's first update can make it here.
  private func creation(in folder: FileAccess) -> DoctorFinding {
    if readOnly {
      return .note(.journal, fill(notYet, path))
    }
    guard folder.allows(.write, to: account) else {
      let refusal = folder.refusal(.write, to: account)
      return .problem(
        .journal, fill(cannotBeMade, path, folder.path, folder.summary, refusal.why(in: writing)),
        change: refusal.change(in: writing))
    }
    return .ok(.journal, fill(firstUpdateMakesIt, path, account.name))
  }

  private var notYet: String {
    writing.localized("%1$s does not exist yet: nothing to show until an editor records the first update")
  }
  private var cannotBeMade: String { writing.localized("%1$s does not exist and cannot be made in %2$s (%3$s): %4$s") }
  private var firstUpdateMakesIt: String { writing.localized("%1$s does not exist yet; %2$s's first update makes it") }

  /// The directory does not exist: the first update makes it, where its nearest existing
  /// parent lets this account.
  private func missingDirectory() -> [DoctorFinding] {
    var parent = directory
    while FileAccess.of(parent) == nil, parent != "/", !parent.isEmpty {
      parent = (parent as NSString).deletingLastPathComponent
    }
    guard let existing = FileAccess.of(parent.isEmpty ? "." : parent) else { return [] }
    if readOnly {
      return [
        .note(.journal, fill(notYet, directory))
      ]
    }
    guard existing.allows(.write, to: account), existing.allows(.search, to: account) else {
      let refusal = existing.refusal(.write, to: account)
      return [
        .problem(
          .journal,
          fill(cannotBeMade, directory, existing.path, existing.summary, refusal.why(in: writing)),
          change: refusal.change(in: writing))
      ]
    }
    return [.ok(.journal, fill(firstUpdateMakesIt, path, account.name))]
  }
}
