import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// accord served over SSH as the README's "Serving accord over SSH" documents it: the real sshd on
/// 127.0.0.1 with `ForceCommand`, reached by the real ssh client running in a tmux pane.
final class SSHEndToEndTests: XCTestCase {
  private var server: SSHServer?
  private var pane: TmuxServer?

  override func tearDown() {
    pane?.stop()
    pane = nil
    server?.stop()
    server = nil
  }

  /// The flags the README's `ForceCommand` gives accord, plus a fixed day for the tests.
  static let forceCommandArguments = ["--read-only", "--today", "2026-11-24"]

  private func startServer() throws -> (SSHServer, binary: String) {
    try SSHServer.requireInstalled()
    let binary = try AccordBinary.path()
    let server = try SSHServer(forceCommand: ([binary] + Self.forceCommandArguments).joined(separator: " "))
    self.server = server
    return (server, binary)
  }

  /// `ssh -tt` in a pane, as an official's terminal would run it: exec'd, so the pane's process
  /// is the client itself, with the locale and TERM set here and nothing inherited that would
  /// change them. A login takes longer than a local start, hence the longer wait for a screen.
  private func connect(_ server: SSHServer, command: [String] = []) throws -> TmuxServer {
    let pane = try TmuxServer { _ in
      [
        "exec", "env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "SSH_AUTH_SOCK", "TERM=xterm-256color",
        "LANG=C.UTF-8",
      ]
        + [SSHServer.sshPath, "-tt"] + server.sshArguments(["-o", "SendEnv=LANG"]) + command
    }
    self.pane = pane
    return pane
  }

  /// accord, among the processes the server runs for its sessions.
  private func accordProcess(_ server: SSHServer, binary: String) -> pid_t? {
    server.sessionProcesses().first { ProcessTable.arguments($0).first == binary }
  }

  func test_the_dashboard_comes_up_over_ssh_and_a_dropped_link_leaves_no_process() throws {
    let (server, binary) = try startServer()
    let pane = try connect(server)

    try pane.assertShows([DashboardEndToEndTests.title] + DashboardEndToEndTests.pillars, "over ssh:")
    // The locale came through (AcceptEnv LANG): UTF-8 glyphs, not the ASCII fallback.
    try pane.assertShows(["✓ done"], "with LANG=C.UTF-8 sent over ssh:")
    try pane.send("Enter")
    try pane.assertShows(["Foreign Affairs"], "after Enter on the first pillar:")
    try pane.send("Escape")
    try pane.assertShows(DashboardEndToEndTests.pillars, "after Escape:")

    var found: pid_t?
    XCTAssertTrue(
      eventually {
        found = accordProcess(server, binary: binary)
        return found != nil
      }, "no accord under sshd: \(server.log)")
    let accord = try XCTUnwrap(found)
    let environment = ProcessTable.environment(accord)
    XCTAssertTrue(environment.contains("TERM=xterm-256color"), "TERM did not reach accord: \(environment)")
    XCTAssertTrue(environment.contains("LANG=C.UTF-8"), "LANG did not reach accord: \(environment)")
    XCTAssertEqual(Array(ProcessTable.arguments(accord).dropFirst()), Self.forceCommandArguments)

    // The link drops: the client dies at once, as on a lost connection.
    var client: pid_t?
    XCTAssertTrue(
      try eventually {
        client = try pane.commandPid()
        return client.map(ProcessTable.command) == "ssh"
      })
    XCTAssertEqual(kill(try XCTUnwrap(client), SIGKILL), 0)

    let dropped = Date()
    let gone = eventually { !ProcessTable.isRunning(accord) }
    XCTAssertTrue(gone, "accord \(accord) still running 5 s after the ssh client was killed")
    if gone {
      print(
        "accord over ssh: server-side accord gone \(Int(Date().timeIntervalSince(dropped) * 1000)) ms after the client was killed"
      )
    }
    XCTAssertTrue(
      eventually { server.sessionProcesses().isEmpty },
      "processes left under sshd: \(server.sessionProcesses().map { ProcessTable.arguments($0).filter { !$0.isEmpty } })"
    )
  }

  func test_a_command_without_a_terminal_gets_no_shell() throws {
    let (server, _) = try startServer()
    let result = try Subprocess.run(SSHServer.sshPath, ["-T"] + server.sshArguments() + [#"sh -c "echo pwned""#])
    XCTAssertFalse(result.output.contains("pwned") || result.error.contains("pwned"), "a shell ran: \(result)")
    XCTAssertEqual(result.status, 1, "accord must refuse without a terminal")
    XCTAssertTrue(result.error.contains("accord render"), "expected accord's refusal on stderr, got: \(result.error)")
    XCTAssertTrue(result.output.isEmpty, "nothing may reach standard output: \(result.output.debugDescription)")
  }

  func test_a_subsystem_such_as_sftp_gets_accord_too() throws {
    let (server, _) = try startServer()
    // sshd drops a subsystem's standard error, so only the status tells: accord's refusal is 1,
    // where sftp-server would end with 0 at the end of its (empty) input.
    let result = try Subprocess.run(SSHServer.sshPath, ["-T"] + server.sshArguments(["-s"]) + ["sftp"])
    XCTAssertEqual(result.status, 1, "sftp: \(result)")
    XCTAssertTrue(result.output.isEmpty, "sftp answered: \(result.output.debugDescription)")
  }

  func test_port_forwarding_is_refused() throws {
    let (server, _) = try startServer()
    // -N: no session, so ForceCommand does not apply; only AllowTcpForwarding stops this.
    let options = ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9"]
    let result: (status: Int32, output: String, error: String)
    do {
      result = try Subprocess.run(SSHServer.sshPath, server.sshArguments(options), timeout: 10)
    } catch {
      return XCTFail("the server accepted a remote port forwarding (ssh -N -R kept running): \(error)")
    }
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(result.error.contains("forwarding failed"), "expected a refused forwarding, got: \(result.error)")
  }

  func test_a_command_with_a_terminal_still_gets_the_dashboard() throws {
    let (server, _) = try startServer()
    let pane = try connect(server, command: [#"sh -c "echo pwned""#])
    try pane.assertShows([DashboardEndToEndTests.title], "ssh with a command and -tt:")
    XCTAssertFalse(try pane.capture().contains("pwned"))
    try pane.send("q")
    XCTAssertTrue(try eventually { try pane.display("#{pane_dead}") == "1" }, "q did not end the session")
    XCTAssertFalse(try pane.capture().contains("pwned"))
  }
}
