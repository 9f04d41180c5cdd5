import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's owner, group and mode, and what they allow an account, by the rules the kernel
/// applies (owner bits, else group bits, else the others'; root may do anything).
public struct FileAccess: Sendable {
  public let path: String
  public let owner: uid_t
  public let group: gid_t
  public let mode: mode_t

  /// The file's facts, or nil when it does not exist (or cannot be looked at).
  public static func of(_ path: String) -> FileAccess? {
    var facts = stat()
    guard stat(path, &facts) == 0 else { return nil }
    return FileAccess(path: path, owner: facts.st_uid, group: facts.st_gid, mode: facts.st_mode)
  }

  public var isDirectory: Bool { mode & S_IFMT == S_IFDIR }
  public var isSetgid: Bool { mode & S_ISGID != 0 }
  public var groupMayWrite: Bool { mode & S_IWGRP != 0 }

  /// `rw-rw-r-- somchai:accord-editors` (`rwxrwsr-x` for a setgid directory).
  public var summary: String {
    let bits: [(mode_t, Character)] = [
      (S_IRUSR, "r"), (S_IWUSR, "w"), (S_IXUSR, "x"), (S_IRGRP, "r"), (S_IWGRP, "w"), (S_IXGRP, "x"),
      (S_IROTH, "r"), (S_IWOTH, "w"), (S_IXOTH, "x"),
    ]
    var text = String(bits.map { mode & $0.0 != 0 ? $0.1 : "-" })
    if isSetgid {
      let index = text.index(text.startIndex, offsetBy: 5)
      text.replaceSubrange(index...index, with: mode & S_IXGRP != 0 ? "s" : "S")
    }
    return text + " " + AccountIdentity.userName(owner) + ":" + AccountIdentity.groupName(group)
  }

  public enum Permission: Sendable, Codable { case read, write, search }

  public func allows(_ permission: Permission, to account: AccountIdentity) -> Bool {
    if account.uid == 0 { return true }
    let (ownerBit, groupBit, otherBit): (mode_t, mode_t, mode_t) =
      switch permission {
      case .read: (S_IRUSR, S_IRGRP, S_IROTH)
      case .write: (S_IWUSR, S_IWGRP, S_IWOTH)
      case .search: (S_IXUSR, S_IXGRP, S_IXOTH)
      }
    if account.uid == owner { return mode & ownerBit != 0 }
    if account.groups.contains(group) { return mode & groupBit != 0 }
    return mode & otherBit != 0
  }

  /// Why `account` may not have `permission`, and what would give it: the bits it is judged by
  /// and the owner's, group's or account's change that mends it. The interface words it.
  public func refusal(_ permission: Permission, to account: AccountIdentity) -> Refusal {
    let letter = permission == .write ? "w" : permission == .read ? "r" : "x"
    let quoted = ShellWord.quoted(path)
    let join = "usermod -aG \(AccountIdentity.groupArgument(group)) \(account.argument)"
    let refusal = { (reason: Refusal.Reason, command: String, by: Refusal.Runner) in
      Refusal(
        reason: reason, permission: permission, account: account.name, group: AccountIdentity.groupName(group),
        command: command, runBy: by)
    }
    if account.uid == owner { return refusal(.owner, "chmod u+\(letter) \(quoted)", .account) }
    if account.groups.contains(group) {
      return refusal(
        .inGroup, "chmod g+\(letter) \(quoted)", owner == 0 ? .root : .rootOrOwner(AccountIdentity.userName(owner)))
    }
    if allows(permission, to: AccountIdentity(uid: uid_t.max, groups: [group])) {
      return refusal(.notInGroup, join, .rootThenLogInAgain)
    }
    return refusal(.neither, "\(join) && chmod g+\(letter) \(quoted)", .root)
  }

}
