import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The real OpenSSH server on 127.0.0.1, in the foreground (`sshd -D -e`) with the umask 022 a
/// service gets, and everything in a temporary folder: its configuration, a host key, a client
/// key and its `authorized_keys`. Public-key login only, for the current user, and `ForceCommand`
/// so every session runs accord; or, for a recipe that makes its own accounts and keys, the
/// settings the recipe gives.
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

  /// Fails the test when sshd is not installed (`scripts/ensure-system-packages`, which `make
  /// test` runs, installs it): a test that needs the server starts it, it does not skip.
  static func requireInstalled() throws {
    for path in [sshdPath, sshPath, keygenPath] where !FileManager.default.isExecutableFile(atPath: path) {
      throw HarnessFailure(
        "\(path) is missing; the SSH end-to-end tests need openssh-server and openssh-client (scripts/ensure-system-packages installs them)"
      )
    }
    // sshd's privilege separation needs root; CI runs the tests as root.
    if getuid() != 0 { throw XCTSkip("the SSH end-to-end tests start sshd, which needs root") }
  }

  /// Starts sshd with `forceCommand` as the `ForceCommand` for the current user, on a free port.
  convenience init(forceCommand: String) throws {
    try self.init { directory in
      """
      AuthorizedKeysFile \(directory.appendingPathComponent("authorized_keys").path)
      StrictModes no
      \(Self.readmeSettings(forceCommand: forceCommand))
      """
    }
  }

  /// Starts sshd with the test server's own settings followed by `settings` (which may end in
  /// `Match` blocks), on a free port. With `pam`, as Debian's sshd_config has it: accounts made
  /// with `adduser --disabled-password` are locked (`!`), and only PAM's account check lets a
  /// key log in to them.
  init(pam: Bool = false, settings: (_ directory: URL) -> String) throws {
    try Self.requireInstalled()
    guard let entry = getpwuid(getuid()) else { throw HarnessFailure("no passwd entry for uid \(getuid())") }
    user = String(cString: entry.pointee.pw_name)
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "accord-ssh-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // sshd refuses to start without its privilege separation directory.
    try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)

    for name in ["host_key", "client_key"] {
      try Subprocess.check(
        Self.keygenPath,
        ["-q", "-N", "", "-t", "ed25519", "-C", "accord-e2e", "-f", directory.appendingPathComponent(name).path])
    }
    try FileManager.default.copyItem(
      at: directory.appendingPathComponent("client_key.pub"), to: directory.appendingPathComponent("authorized_keys"))

    // A free port could be taken between finding it and sshd binding it: try a few.
    var lastError = ""
    for _ in 0..<3 {
      let candidate = try Self.freePort()
      try (Self.configuration(directory: directory, port: candidate, pam: pam) + settings(directory) + "\n")
        .write(to: directory.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
      if let started = try Self.start(directory: directory) {
        pid = started
        port = candidate
        return
      }
      lastError = Self.log(in: directory)
    }
    try? FileManager.default.removeItem(at: directory)
    throw HarnessFailure("sshd did not start: \(lastError)")
  }

  deinit { stop() }

  /// What a test server needs before any setting of the README's: its own port, host key and
  /// pid file in the temporary folder, PAM or not, errors only in the log, and Debian's default
  /// sftp subsystem, to show that `ForceCommand` takes it over too.
  static func configuration(directory: URL, port: Int, pam: Bool) -> String {
    """
    ListenAddress 127.0.0.1
    Port \(port)
    HostKey \(directory.appendingPathComponent("host_key").path)
    PidFile \(directory.appendingPathComponent("sshd.pid").path)
    UsePAM \(pam ? "yes" : "no")
    PermitRootLogin prohibit-password
    PubkeyAuthentication yes
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    HostbasedAuthentication no
    Subsystem sftp /usr/lib/openssh/sftp-server
    LogLevel ERROR

    """
  }

  /// The settings of the README's `Match Group accord-viewers` block, for every user, with
  /// `forceCommand` as the `ForceCommand`.
  static func readmeSettings(forceCommand: String) -> String {
    """
    ForceCommand \(forceCommand)
    PermitTTY yes
    AllowTcpForwarding no
    AllowStreamLocalForwarding no
    X11Forwarding no
    AllowAgentForwarding no
    PermitTunnel no
    AcceptEnv LANG LC_*
    """
  }

  /// Runs `sshd -D -f CONFIG -e` and waits (10 s at most) for its pid file, which it writes once
  /// it listens. Nil if it exited first (the log says why).
  private static func start(directory: URL) throws -> pid_t? {
    let config = directory.appendingPathComponent("sshd_config").path
    let logPath = directory.appendingPathComponent("sshd.log").path
    let pidPath = directory.appendingPathComponent("sshd.pid").path
    unlink(pidPath)
    let pid = try Subprocess.spawn(
      "/bin/sh", ["-c", "umask 022 && exec \"$0\" \"$@\"", sshdPath, "-D", "-f", config, "-e"], output: logPath)
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
    throw HarnessFailure(
      "sshd wrote no pid file within 10 s: \((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "")")
  }

  /// `ssh` with this server's port and key, no configuration files, no known hosts, as the
  /// current user (or `user` with the private key `key`).
  func sshArguments(_ options: [String] = [], user: String? = nil, key: String? = nil) -> [String] {
    let clientKey = key ?? clientKey
    let user = user ?? self.user
    return [
      "-F", "/dev/null", "-p", "\(port)", "-i", clientKey, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
      "-o", "ConnectTimeout=5",
    ] + options + ["\(user)@127.0.0.1"]
  }

  /// Every live process below the server: the per-connection sshd and what it runs.
  func sessionProcesses() -> [pid_t] {
    ProcessTable.descendants(of: pid).filter(ProcessTable.isRunning)
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
    eventually(seconds: 3) { !sessions.contains(where: ProcessTable.isRunning) }
    for session in sessions where ProcessTable.isRunning(session) { kill(session, SIGKILL) }
    try? FileManager.default.removeItem(at: directory)
  }

  /// A port nobody listens on now: the one the kernel gives a socket bound to port 0.
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw HarnessFailure("socket: errno \(errno)") }
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
    guard bound else { throw HarnessFailure("bind: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
