import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The README's deployment recipe ("Serving accord over SSH"), read from the README itself: the
/// shell block run as root, and the `Match` blocks that end sshd's configuration. The machine it
/// makes (accounts, groups, the journal's directory) is named here once, to check it is fresh
/// and to take it away after.
struct SSHRecipe {
  static let editors = ["somchai", "sokha"]
  static let accounts = editors + ["viewer", "wallscreen"]
  static let groups = ["accord-editors", "accord-viewers"]
  static let directory = "/var/lib/accord"
  static let journal = directory + "/journal/journal.sqlite"
  /// Left in the recipe's directory by the test, so a run killed half-way can be cleaned up by
  /// the next without ever touching a deployment the test did not make.
  static let marker = directory + "/.made-by-accord-recipe-test"
  /// Where the recipe's `ForceCommand` expects accord (`make install`).
  static let installedPath = "/usr/local/bin/accord"

  let shell: String
  let matchBlocks: String

  /// The section's first ```` ```sh ```` block and its first block of `Match` settings.
  init(readme: String) throws {
    guard
      let section = readme.components(separatedBy: "\n## Serving accord over SSH\n").dropFirst().first?
        .components(separatedBy: "\n## ").first
    else { throw HarnessFailure("README.md has no section \"Serving accord over SSH\"") }
    let blocks = Self.fencedBlocks(section)
    guard let shell = blocks.first(where: { $0.info == "sh" })?.text else {
      throw HarnessFailure("the SSH section has no ```sh block")
    }
    guard let match = blocks.first(where: { $0.text.hasPrefix("Match ") })?.text else {
      throw HarnessFailure("the SSH section has no block of Match settings")
    }
    self.shell = shell
    matchBlocks = match
  }

  /// Each fenced block's info string (`sh`, or empty) and its lines.
  static func fencedBlocks(_ markdown: String) -> [(info: String, text: String)] {
    var blocks: [(info: String, text: String)] = []
    var open: (info: String, lines: [Substring])?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if let block = open {
          blocks.append((block.info, block.lines.joined(separator: "\n")))
          open = nil
        } else {
          open = (String(line.dropFirst(3)), [])
        }
      } else {
        open?.lines.append(line)
      }
    }
    return blocks
  }

  /// Whether anything the recipe makes is already on this machine.
  static func existing() -> [String] {
    accounts.filter { getpwnam($0) != nil } + groups.filter { getgrnam($0) != nil }
      + (FileManager.default.fileExists(atPath: directory) ? [directory] : [])
  }

  /// Takes away what the recipe made: sessions, accounts with their homes, groups, directory.
  static func remove() {
    for account in accounts where getpwnam(account) != nil {
      _ = try? Subprocess.run("/usr/bin/pkill", ["-KILL", "-u", account])
      _ = try? Subprocess.run("/usr/sbin/userdel", ["-r", account])
    }
    for group in groups where getgrnam(group) != nil { _ = try? Subprocess.run("/usr/sbin/groupdel", [group]) }
    try? FileManager.default.removeItem(atPath: directory)
  }
}
