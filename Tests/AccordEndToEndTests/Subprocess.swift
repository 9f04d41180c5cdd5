import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Child processes with every wait bounded.
///
/// posix_spawn and waitpid, not Foundation's Process: the tmux server that new-session forks
/// keeps the descriptors it was given (so a pipe never reaches its end), and Process did not
/// always notice the client's exit. Output goes to files for the same reason.
enum Subprocess {
  /// Starts a program with standard input from /dev/null and standard output and error to
  /// `output` (or /dev/null), in the test's own home (`IsolatedEnvironment`).
  static func spawn(_ executable: String, _ arguments: [String], output: String? = nil, errorOutput: String? = nil)
    throws -> pid_t
  {
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
    let environment = IsolatedEnvironment.variables
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw HarnessFailure("cannot run \(executable): error \(spawned)") }
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
    // From 1 ms up to 20 ms: a tmux command ends within a few milliseconds, and the tests
    // poll the screen with one every 50 ms.
    var pause: UInt32 = 1_000
    while true {
      if let status = reap(pid) { return status }
      if Date() > deadline { return nil }
      usleep(pause)
      pause = min(pause * 2, 20_000)
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
  static func run(_ executable: String, _ arguments: [String], timeout: Double = 15) throws -> (
    status: Int32, output: String, error: String
  ) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("accord-e2e-out-\(UUID().uuidString)").path
    defer {
      unlink(base + ".out")
      unlink(base + ".err")
    }
    let pid = try spawn(executable, arguments, output: base + ".out", errorOutput: base + ".err")
    guard let status = wait(pid, seconds: timeout) else {
      kill(pid, SIGKILL)
      _ = wait(pid, seconds: 3)
      throw HarnessFailure("\(executable) \(arguments.joined(separator: " ")) did not end within \(timeout) s")
    }
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    return (status, read(base + ".out"), read(base + ".err"))
  }

  /// Runs a program and throws unless it exits with status 0; what it printed (standard
  /// output, then error).
  @discardableResult
  static func check(_ executable: String, _ arguments: [String]) throws -> String {
    let result = try run(executable, arguments)
    guard result.status == 0 else {
      throw HarnessFailure(
        "\(executable) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)\(result.error)")
    }
    return result.output + result.error
  }
}
