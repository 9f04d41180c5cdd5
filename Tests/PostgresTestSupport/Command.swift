import Foundation

/// A program run to its end for the tests: what it printed, or a failure saying why not.
public enum Command {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
  }

  /// Runs `executable` (as the account `uid`/`gid` through setpriv when given and the tests run
  /// as root) in /tmp, which any account may enter, waiting at most `timeout` seconds. Spawned
  /// and waited for directly: a server it starts in the background keeps running.
  @discardableResult
  public static func run(
    _ executable: String, _ arguments: [String], as account: (uid: UInt32, gid: UInt32)? = nil, timeout: Double = 120
  ) throws
    -> String
  {
    var argv = ["/bin/sh", "-c", "cd /tmp && exec \"$@\"", "sh", executable] + arguments
    if let account, geteuid() == 0 {
      argv = ["/usr/bin/setpriv", "--reuid=\(account.uid)", "--regid=\(account.gid)", "--clear-groups"] + argv
    }
    let output = "/tmp/accord-command-\(UUID().uuidString)"
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let cArguments = argv.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
    guard spawned == 0 else {
      throw Failure(description: "cannot run \(argv[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    let deadline = Date().addingTimeInterval(timeout)
    while waitpid(pid, &status, WNOHANG) == 0 {
      guard Date() < deadline else {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        throw Failure(description: "\(argv.joined(separator: " ")) did not end within \(timeout) s")
      }
      usleep(10_000)
    }
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    // Exited, with status 0.
    guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
      throw Failure(description: "\(argv.joined(separator: " ")) failed (status \(status)): \(text)")
    }
    return text
  }
}
