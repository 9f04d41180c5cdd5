import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The real OpenSSH server on 127.0.0.1, in the foreground (`sshd -D -e`), with everything in a
/// temporary folder: its configuration, a host key, a client key and its `authorized_keys`.
/// Public-key login only, for the current user, and `ForceCommand` so every session runs accord.
///
/// `stop()` (called by the tests' tearDown, and by deinit) ends the sessions and the server.
final class SSHServer {
  static let sshdPath = "/usr/sbin/sshd"
  static let sshPath = "/usr/bin/ssh"
  static let keygenPath = "/usr/bin/ssh-keygen"

  let directory: URL
  let port: Int
  let user: String
  var clientKey: String { directory.appendingPathComponent("client_key").path }
  var pidFile: String { directory.appendingPathComponent("sshd.pid").path }
  /// What sshd wrote to standard error (errors only).
  var log: String { Self.log(in: directory) }
  static func log(in directory: URL) -> String {
    (try? String(contentsOfFile: directory.appendingPathComponent("sshd.log").path, encoding: .utf8)) ?? ""
  }
  private var pid: pid_t = 0
  private var stopped = false

  /// Skips the test when sshd is not installed (`scripts/ensure-system-packages` installs it).
  static func requireInstalled() throws {
    for path in [sshdPath, sshPath, keygenPath] where !FileManager.default.isExecutableFile(atPath: path) {
      throw XCTSkip("\(path) is missing; the SSH end-to-end tests need openssh-server and openssh-client (scripts/ensure-system-packages installs them)")
    }
    // sshd's privilege separation needs root; CI runs the tests as root.
    if getuid() != 0 { throw XCTSkip("the SSH end-to-end tests start sshd, which needs root") }
  }

  /// Starts sshd with `forceCommand` as the `ForceCommand`, on a free port.
  init(forceCommand: String) throws {
    try Self.requireInstalled()
    guard let entry = getpwuid(getuid()) else { throw TmuxPane.Failure("no passwd entry for uid \(getuid())") }
    user = String(cString: entry.pointee.pw_name)
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-ssh-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // sshd refuses to start without its privilege separation directory.
    try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)

    for name in ["host_key", "client_key"] {
      try Subprocess.check(Self.keygenPath, ["-q", "-N", "", "-t", "ed25519", "-C", "accord-e2e", "-f", directory.appendingPathComponent(name).path])
    }
    try FileManager.default.copyItem(
      at: directory.appendingPathComponent("client_key.pub"), to: directory.appendingPathComponent("authorized_keys"))

    // A free port could be taken between finding it and sshd binding it: try a few.
    var lastError = ""
    for _ in 0..<3 {
      let candidate = try Self.freePort()
      try Self.configuration(directory: directory, port: candidate, forceCommand: forceCommand)
        .write(to: directory.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
      if let started = try Self.start(directory: directory) {
        pid = started
        port = candidate
        return
      }
      lastError = Self.log(in: directory)
    }
    try? FileManager.default.removeItem(at: directory)
    throw TmuxPane.Failure("sshd did not start: \(lastError)")
  }

  deinit { stop() }

  /// The server's configuration: only what the README documents, plus what a test server needs
  /// (its own port, host key, pid file and keys in the temporary folder, no PAM, no strict
  /// modes since /tmp is world-writable, errors only in the log) and Debian's default sftp
  /// subsystem, to show that `ForceCommand` takes it over too.
  static func configuration(directory: URL, port: Int, forceCommand: String) -> String {
    """
    ListenAddress 127.0.0.1
    Port \(port)
    HostKey \(directory.appendingPathComponent("host_key").path)
    PidFile \(directory.appendingPathComponent("sshd.pid").path)
    AuthorizedKeysFile \(directory.appendingPathComponent("authorized_keys").path)
    StrictModes no
    UsePAM no
    PermitRootLogin prohibit-password
    PubkeyAuthentication yes
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    HostbasedAuthentication no
    ForceCommand \(forceCommand)
    PermitTTY yes
    AllowTcpForwarding no
    AllowStreamLocalForwarding no
    X11Forwarding no
    AllowAgentForwarding no
    PermitTunnel no
    AcceptEnv LANG LC_*
    Subsystem sftp /usr/lib/openssh/sftp-server
    LogLevel ERROR

    """
  }

  /// Runs `sshd -D -f CONFIG -e` and waits (10 s at most) for its pid file, which it writes once
  /// it listens. Nil if it exited first (the log says why).
  private static func start(directory: URL) throws -> pid_t? {
    let config = directory.appendingPathComponent("sshd_config").path
    let logPath = directory.appendingPathComponent("sshd.log").path
    let pidPath = directory.appendingPathComponent("sshd.pid").path
    unlink(pidPath)
    let pid = try Subprocess.spawn(sshdPath, ["-D", "-f", config, "-e"], output: logPath)
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if Subprocess.reap(pid) != nil { return nil }
      if let text = try? String(contentsOfFile: pidPath, encoding: .utf8),
        pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) == pid
      {
        return pid
      }
      usleep(50_000)
    }
    Subprocess.terminate(pid)
    throw TmuxPane.Failure("sshd wrote no pid file within 10 s: \((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
  }

  /// `ssh` with this server's port and key, no configuration files, no known hosts.
  func sshArguments(_ options: [String] = []) -> [String] {
    [
      "-F", "/dev/null", "-p", "\(port)", "-i", clientKey, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
      "-o", "ConnectTimeout=5",
    ] + options + ["\(user)@127.0.0.1"]
  }

  /// Every live process below the server: the per-connection sshd and what it runs.
  func sessionProcesses() -> [pid_t] {
    ProcessTable.descendants(of: pid).filter(TmuxPane.isRunning)
  }

  /// Ends the sessions, then the server (its pid from the pid file), within a few seconds.
  func stop() {
    guard !stopped else { return }
    stopped = true
    let sessions = sessionProcesses()
    for session in sessions { kill(session, SIGTERM) }
    if pid != 0 {
      let recorded = (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap {
        pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      if let recorded, recorded != pid { kill(recorded, SIGTERM) }
      Subprocess.terminate(pid)
    }
    let deadline = Date().addingTimeInterval(3)
    while Date() < deadline && sessions.contains(where: TmuxPane.isRunning) { usleep(50_000) }
    for session in sessions where TmuxPane.isRunning(session) { kill(session, SIGKILL) }
    try? FileManager.default.removeItem(at: directory)
  }

  /// A port nobody listens on now: the one the kernel gives a socket bound to port 0.
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw TmuxPane.Failure("socket: errno \(errno)") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
      }
    }
    guard bound else { throw TmuxPane.Failure("bind: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}

/// Processes as /proc shows them.
enum ProcessTable {
  /// pid to parent pid, for every process.
  static func parents() -> [pid_t: pid_t] {
    var parents: [pid_t: pid_t] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { continue }
      // After "(comm) ": the state, then the parent's pid.
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, let parent = pid_t(fields[1]) { parents[pid] = parent }
    }
    return parents
  }

  static func descendants(of root: pid_t) -> [pid_t] {
    let parents = parents()
    var found: [pid_t] = []
    var frontier = [root]
    while let next = frontier.popLast() {
      let children = parents.filter { $0.value == next }.map(\.key)
      found += children
      frontier += children
    }
    return found
  }

  /// The command line, one string per argument.
  static func arguments(_ pid: pid_t) -> [String] {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return [] }
    return data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
  }

  /// The environment, as NAME=value strings.
  static func environment(_ pid: pid_t) -> [String] {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return [] }
    return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }

  static func command(_ pid: pid_t) -> String {
    ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// Child processes with every wait bounded.
enum Subprocess {
  /// Starts a program with standard input from /dev/null and standard output and error to
  /// `output` (or /dev/null).
  static func spawn(_ executable: String, _ arguments: [String], output: String? = nil, errorOutput: String? = nil) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if let errorOutput {
      posix_spawn_file_actions_addopen(&actions, 2, errorOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    } else {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["SSH_AUTH_SOCK"] = nil
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw TmuxPane.Failure("cannot run \(executable): error \(spawned)") }
    return pid
  }

  /// The exit status (128 + n for signal n) if the child has ended, reaping it; nil if not.
  static func reap(_ pid: pid_t) -> Int32? {
    var status: Int32 = 0
    var result: pid_t
    repeat { result = waitpid(pid, &status, WNOHANG) } while result == -1 && errno == EINTR
    guard result == pid else { return result == -1 ? -1 : nil }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// Waits up to `seconds` for the child to end; its status, or nil.
  static func wait(_ pid: pid_t, seconds: Double) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let status = reap(pid) { return status }
      if Date() > deadline { return nil }
      usleep(20_000)
    }
  }

  /// SIGTERM, up to 3 s, then SIGKILL, and reaps the child.
  static func terminate(_ pid: pid_t) {
    kill(pid, SIGTERM)
    if wait(pid, seconds: 3) == nil {
      kill(pid, SIGKILL)
      _ = wait(pid, seconds: 3)
    }
  }

  /// Runs a program to its end (killed after `timeout` seconds): status, standard output, error.
  static func run(_ executable: String, _ arguments: [String], timeout: Double = 15) throws -> (status: Int32, output: String, error: String) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("accord-e2e-out-\(UUID().uuidString)").path
    defer {
      unlink(base + ".out")
      unlink(base + ".err")
    }
    let pid = try spawn(executable, arguments, output: base + ".out", errorOutput: base + ".err")
    guard let status = wait(pid, seconds: timeout) else {
      kill(pid, SIGKILL)
      _ = wait(pid, seconds: 3)
      throw TmuxPane.Failure("\(executable) \(arguments.joined(separator: " ")) did not end within \(timeout) s")
    }
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    return (status, read(base + ".out"), read(base + ".err"))
  }

  /// Runs a program and throws unless it exits with status 0.
  static func check(_ executable: String, _ arguments: [String]) throws {
    let result = try run(executable, arguments)
    guard result.status == 0 else {
      throw TmuxPane.Failure("\(executable) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)\(result.error)")
    }
  }
}

/// A pane of a private tmux server running any command (TmuxPane runs accord itself), with the
/// pane kept after the command ends.
final class CommandPane {
  let socket: String
  let directory: URL
  private var stopped = false

  /// Runs `command` (exec'd, so the pane's process is the command itself) with the locale and
  /// TERM given in `environment` and nothing inherited that would change them.
  init(_ command: [String], environment: [String], width: Int = 120, height: Int = 40) throws {
    guard TmuxPane.tmuxPath != nil else { throw XCTSkip("tmux is not installed; the end-to-end tests need it") }
    socket = "accord-ssh-\(getpid())-\(UUID().uuidString.prefix(8))"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let config = directory.appendingPathComponent("tmux.conf")
    try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n".write(to: config, atomically: true, encoding: .utf8)
    let line = (["exec", "env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "SSH_AUTH_SOCK"] + environment + command)
      .map(TmuxPane.shellQuoted).joined(separator: " ")
    try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", line])
  }

  deinit { stop() }

  func stop() {
    guard !stopped else { return }
    stopped = true
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  /// `keys` as tmux key names: "Enter", "Escape", "q".
  func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "=0:0"] + keys) }

  func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", "=0:0"]) }

  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "=0:0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of the command, while it runs.
  func commandPid() throws -> pid_t? {
    guard try display("#{pane_dead}") != "1" else { return nil }
    return pid_t(try display("#{pane_pid}"))
  }

  /// Asserts the screen comes to show every one of `texts` within `seconds` (case-insensitive,
  /// spaces and line breaks counted as one space), printing the screen if not.
  func assertShows(_ texts: [String], _ message: String = "", seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws {
    let shows = { (screen: String, text: String) in TmuxPane.normalized(screen).contains(TmuxPane.normalized(text)) }
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let screen = try capture()
      let missing = texts.filter { !shows(screen, $0) }
      if missing.isEmpty { return }
      if Date() > deadline {
        XCTFail("\(message) screen does not show \(missing):\n\(TmuxPane.framed(screen))", file: file, line: line)
        return
      }
      usleep(50_000)
    }
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try TmuxPane.run(TmuxPane.tmuxPath!, ["-L", socket] + arguments)
  }
}

/// Polls `condition` every 50 ms for up to `seconds`; true as soon as it holds.
func eventually(seconds: Double = 5, _ condition: () throws -> Bool) rethrows -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while true {
    if try condition() { return true }
    if Date() > deadline { return false }
    usleep(50_000)
  }
}
