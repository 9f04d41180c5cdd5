import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The account accord runs as: its ids and names, as the kernel checks permissions with them.
public struct AccountIdentity: Sendable {
  public let uid: uid_t
  public let groups: Set<gid_t>

  public init(uid: uid_t, groups: Set<gid_t>) {
    self.uid = uid
    self.groups = groups
  }

  public static func current() -> AccountIdentity {
    let count = getgroups(0, nil)
    var list = [gid_t](repeating: 0, count: Int(max(0, count)))
    let got = getgroups(count, &list)
    return AccountIdentity(uid: getuid(), groups: Set(list.prefix(Int(max(0, got)))).union([getgid()]))
  }

  public var name: String { Self.userName(uid) }
  /// The account as a command such as usermod takes it: its name, else its number.
  public var argument: String { Self.knownUserName(uid) ?? "\(uid)" }
  public var groupNames: [String] { groups.sorted().map(Self.groupName) }

  public static func userName(_ uid: uid_t) -> String {
    knownUserName(uid) ?? "uid \(uid)"
  }

  public static func groupName(_ gid: gid_t) -> String {
    knownGroupName(gid) ?? "gid \(gid)"
  }

  /// The group as a command such as usermod takes it: its name, else its number.
  public static func groupArgument(_ gid: gid_t) -> String {
    knownGroupName(gid) ?? "\(gid)"
  }

  private static func knownUserName(_ uid: uid_t) -> String? {
    getpwuid(uid).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
  }

  private static func knownGroupName(_ gid: gid_t) -> String? {
    getgrgid(gid).flatMap { $0.pointee.gr_name }.map { String(cString: $0) }
  }
}
