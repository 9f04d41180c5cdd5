import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A Unix account to run a program as, by number (no names needed), so that permission cases
/// happen as they would for a user: root, as CI runs, reads and writes everything.
struct Account {
  let uid: String
  let gid: String
  /// Its supplementary groups (none unless given), as a login's `id -G` lists them.
  var groups: [String] = []

  /// `nobody`: no write permission anywhere a test makes.
  static let nobody = Account(uid: "65534", gid: "65534")

  /// Runs `executable` as this account with its `umask` and supplementary groups (its own, or
  /// `groups` for this run): through setpriv when the tests run as root, as the test's own
  /// (unprivileged) account otherwise. Status, output, error.
  func run(_ executable: String, _ arguments: [String], umask: String = "022", groups: [String]? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    let groups = groups ?? self.groups
    let command = "umask \(umask) && exec \"$0\" \"$@\""
    guard geteuid() == 0 else { return try Subprocess.run("/bin/sh", ["-c", command, executable] + arguments) }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      throw HarnessFailure("running as another account needs setpriv (Debian's util-linux)")
    }
    return try Subprocess.run(
      "/usr/bin/setpriv",
      [
        "--reuid=\(uid)", "--regid=\(gid)",
        groups.isEmpty ? "--clear-groups" : "--groups=" + groups.joined(separator: ","),
        "/bin/sh", "-c", command, executable,
      ] + arguments)
  }
}
