import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The account accord runs as: its ids and names, as the kernel checks permissions with them.
struct AccountIdentity {
  let uid: uid_t
  let groups: Set<gid_t>

  static func current() -> AccountIdentity {
    let count = getgroups(0, nil)
    var list = [gid_t](repeating: 0, count: Int(max(0, count)))
    let got = getgroups(count, &list)
    return AccountIdentity(uid: getuid(), groups: Set(list.prefix(Int(max(0, got)))).union([getgid()]))
  }

  var name: String { Self.userName(uid) }
  /// The account as a command such as usermod takes it: its name, else its number.
  var argument: String { Self.knownUserName(uid) ?? "\(uid)" }
  var groupNames: [String] { groups.sorted().map(Self.groupName) }

  static func userName(_ uid: uid_t) -> String {
    knownUserName(uid) ?? "uid \(uid)"
  }

  static func groupName(_ gid: gid_t) -> String {
    knownGroupName(gid) ?? "gid \(gid)"
  }

  /// The group as a command such as usermod takes it: its name, else its number.
  static func groupArgument(_ gid: gid_t) -> String {
    knownGroupName(gid) ?? "\(gid)"
  }

  private static func knownUserName(_ uid: uid_t) -> String? {
    getpwuid(uid).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
  }

  private static func knownGroupName(_ gid: gid_t) -> String? {
    getgrgid(gid).flatMap { $0.pointee.gr_name }.map { String(cString: $0) }
  }
}
