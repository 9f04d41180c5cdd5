import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The README's deployment recipe followed as written, on this machine: its shell block run as
/// root (real accounts, groups and directories), its `Match` blocks given to the real sshd, and
/// the two editors, the viewer and the wall screen logging in with the real ssh client in tmux.
/// Only accord's path in `ForceCommand` is changed, to the binary under test; sshd uses PAM, as
/// Debian's does.
final class SSHRecipeEndToEndTests: XCTestCase {
  private var server: SSHServer?
  private var panes: [TmuxServer] = []
  private var keys: URL?
  private var madeTheMachine = false

  override func setUp() { continueAfterFailure = false }

  override func tearDown() {
    panes.forEach { $0.stop() }
    panes = []
    server?.stop()
    server = nil
    if madeTheMachine { SSHRecipe.remove() }
    if let keys { try? FileManager.default.removeItem(at: keys) }
  }

  func test_two_editors_a_viewer_and_a_wall_screen_as_the_readme_sets_them_up() throws {
    try SSHServer.requireInstalled()
    let recipe = try SSHRecipe(
      readme: String(
        contentsOf: DocumentedExamplesEndToEndTests.root.appendingPathComponent("README.md"), encoding: .utf8))
    try makeTheMachine(recipe)
    let binary = try AccordBinary.path()
    let server = try SSHServer(pam: true) { _ in
      recipe.matchBlocks.replacingOccurrences(of: SSHRecipe.installedPath, with: binary)
    }
    self.server = server

    // The first editor makes the journal, in a session whose umask is sshd's 022.
    let somchai = try login("somchai", to: server)
    try record(on: somchai, status: "d", note: "ປະຊຸມ JTC ສຳເລັດ", source: "MOFA letter", expecting: "recorded #1")
    let session = try XCTUnwrap(accordProcess(of: "somchai", under: server), "no accord under sshd: \(server.log)")
    XCTAssertEqual(Array(ProcessTable.arguments(session).dropFirst()), ["--journal", SSHRecipe.journal])
    XCTAssertEqual(umask(of: session), "0022", "the ForceCommand session's umask")
    let editors = try XCTUnwrap(getgrnam("accord-editors")).pointee.gr_gid
    for suffix in ["", "-wal", "-shm"] {
      var status = stat()
      XCTAssertEqual(stat(SSHRecipe.journal + suffix, &status), 0, "journal.sqlite\(suffix) is missing")
      XCTAssertEqual(String(status.st_mode & 0o777, radix: 8), "664", "journal.sqlite\(suffix)'s mode")
      XCTAssertEqual(status.st_gid, editors, "journal.sqlite\(suffix)'s group")
    }
    try somchai.send("q")

    // The second editor records on the journal the first one made.
    let sokha = try login("sokha", to: server)
    try record(on: sokha, status: "i", note: "ກຳລັງດຳເນີນ", source: "KPL", expecting: "recorded #2")
    try sokha.assertShows(["History (2 updates in the journal)", "Sokha Chea", "Somchai Vongsa"])
    try sokha.send("q")

    // The viewer reads both and may record nothing.
    let viewer = try login("viewer", to: server)
    try viewer.send(":", "16.3", "Enter")
    try viewer.assertShows(["History (2 updates in the journal)", "Sokha Chea", "Somchai Vongsa"], "the viewer:")
    try viewer.send("u")
    try viewer.assertShows(["read-only"], "u as the viewer:")
    let viewerSession = try XCTUnwrap(accordProcess(of: "viewer", under: server))
    XCTAssertEqual(
      Array(ProcessTable.arguments(viewerSession).dropFirst()), ["--read-only", "--journal", SSHRecipe.journal])

    // The wall screen gets the kiosk, by the second Match block.
    let wall = try login("wallscreen", to: server)
    try wall.assertShows(["1/", "Overview"], "the wall screen:")
    let wallSession = try XCTUnwrap(accordProcess(of: "wallscreen", under: server))
    XCTAssertEqual(
      Array(ProcessTable.arguments(wallSession).dropFirst()),
      ["--kiosk", "--read-only", "--journal", SSHRecipe.journal])
  }

  /// Runs the recipe's shell block as root in a folder holding a key for each account, on a
  /// machine that has none of what it makes (or only what an earlier run of this test left).
  private func makeTheMachine(_ recipe: SSHRecipe) throws {
    if FileManager.default.fileExists(atPath: SSHRecipe.marker) { SSHRecipe.remove() }
    let existing = SSHRecipe.existing()
    guard existing.isEmpty else {
      throw HarnessFailure(
        "this machine already has \(existing.joined(separator: ", ")): the recipe test sets up a fresh machine, as CI's is"
      )
    }
    let keys = FileManager.default.temporaryDirectory.appendingPathComponent(
      "accord-recipe-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
    self.keys = keys
    for account in SSHRecipe.accounts {
      try Subprocess.check(
        SSHServer.keygenPath,
        ["-q", "-N", "", "-t", "ed25519", "-C", account, "-f", keys.appendingPathComponent(account).path])
    }
    madeTheMachine = true
    let result = try Subprocess.run(
      "/bin/sh", ["-e", "-x", "-c", "cd \"$0\" && " + recipe.shell, keys.path], timeout: 60)
    try? Data().write(to: URL(fileURLWithPath: SSHRecipe.marker))
    guard result.status == 0 else {
      throw HarnessFailure("the README's recipe failed (\(result.status)):\n\(result.output)\(result.error)")
    }
  }

  /// `ssh -tt account@127.0.0.1` in a pane, with the account's key, waiting for the dashboard.
  private func login(_ account: String, to server: SSHServer) throws -> TmuxServer {
    let key = try XCTUnwrap(keys).appendingPathComponent(account).path
    let pane = try TmuxServer { _ in
      [
        "exec", "env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "SSH_AUTH_SOCK", "TERM=xterm-256color",
        "LANG=C.UTF-8",
      ]
        + [SSHServer.sshPath, "-tt"] + server.sshArguments(["-o", "SendEnv=LANG"], user: account, key: key)
    }
    panes.append(pane)
    try pane.assertShows([DashboardEndToEndTests.title], "\(account) over ssh:")
    return pane
  }

  /// Records an update of 16.3 with the form, as an editor would.
  private func record(on pane: TmuxServer, status: String, note: String, source: String, expecting: String) throws {
    try pane.send(":", "16.3", "Enter")
    try pane.assertShows(["Effectively implementing the bilateral trade agreement"])
    try pane.send("u")
    try pane.assertShows(["Record an update"])
    try pane.send(status, "Tab", "Tab", note, "Tab", source, "C-s")
    try pane.assertShows([expecting])
  }

  /// The accord an account runs under the server.
  private func accordProcess(of account: String, under server: SSHServer) -> pid_t? {
    guard let uid = getpwnam(account)?.pointee.pw_uid else { return nil }
    var found: pid_t?
    _ = eventually {
      found = server.sessionProcesses().first { pid in
        ProcessTable.command(pid) == "accord" && Self.owner(of: pid) == uid
      }
      return found != nil
    }
    return found
  }

  private static func owner(of pid: pid_t) -> uid_t? {
    var status = stat()
    return stat("/proc/\(pid)", &status) == 0 ? status.st_uid : nil
  }

  /// The `Umask:` line of `/proc/PID/status`.
  private func umask(of pid: pid_t) -> String? {
    let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    return status?.split(separator: "\n").first { $0.hasPrefix("Umask:") }?
      .dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces)
  }
}
