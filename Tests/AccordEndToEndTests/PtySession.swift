import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program on a pseudo-terminal of its own, with every byte it writes to the terminal counted:
/// what an SSH link would carry. The program is a session leader with the pty as its
/// controlling terminal, as under sshd.
final class PtySession {
  let master: Int32
  let pid: pid_t
  private var ended = false
  /// The child has ended and been reaped: nothing to kill.
  private var exited = false
  /// Every byte read from the terminal so far, by whichever read.
  private(set) var transcript: [UInt8] = []

  /// - Parameter environment: the child's whole environment, `NAME=value`.
  init(_ executable: String, _ arguments: [String], environment: [String], width: Int, height: Int) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw HarnessFailure("openpty: errno \(errno)") }
    defer { close(slave) }
    var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(slave, UInt(TIOCSWINSZ), &size) == 0, let name = ttyname(slave) else {
      close(master)
      throw HarnessFailure("cannot set up the pty: errno \(errno)")
    }
    let path = String(cString: name)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addclose(&actions, slave)
    // Opened after setsid (glibc runs the file actions after it), so it becomes the
    // controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let setsid: Int16 = 0x80  // POSIX_SPAWN_SETSID, a GNU extension Swift does not import
    posix_spawnattr_setflags(&attributes, setsid)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      close(master)
      throw HarnessFailure("cannot run \(executable): error \(spawned)")
    }
    self.master = master
    self.pid = pid
  }

  deinit { stop() }

  /// Types `text` as the terminal's keyboard would.
  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Everything written until `condition` holds for all of it (or `atMost` seconds have passed,
  /// a bound for a loaded machine, not a measure).
  func read(until condition: ([UInt8]) -> Bool, atMost: Double = 20) -> [UInt8] {
    var received: [UInt8] = []
    let deadline = Date().addingTimeInterval(atMost)
    while !condition(received), case let left = deadline.timeIntervalSinceNow, left > 0 {
      received += readAvailable(waiting: min(0.05, left))
    }
    return received
  }

  /// Everything written until the child has ended (or `atMost` seconds have passed), reaping it.
  func readToEnd(atMost: Double = 20) -> [UInt8] {
    var received: [UInt8] = []
    let deadline = Date().addingTimeInterval(atMost)
    while Date() < deadline {
      // Once reaped, reap answers -1: still ended.
      let ended = Subprocess.reap(pid) != nil
      let chunk = readAvailable(waiting: ended ? 0 : 0.05)
      received += chunk
      // What it wrote before it ended is still in the pty: done when none is left.
      if ended && chunk.isEmpty {
        exited = true
        break
      }
    }
    return received
  }

  /// What the child has written, waiting up to `seconds` for the first byte.
  private func readAvailable(waiting seconds: Double) -> [UInt8] {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(max(0, seconds * 1000))) > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    if count <= 0 {
      // EIO: the child closed the terminal. Wait out the rest instead of spinning.
      usleep(UInt32(max(0, seconds) * 1_000_000))
      return []
    }
    transcript += buffer[..<count]
    return Array(buffer[..<count])
  }

  /// Kills the child, reaps it and closes the terminal.
  func stop() {
    guard !ended else { return }
    ended = true
    if !exited {
      kill(pid, SIGKILL)
      _ = Subprocess.wait(pid, seconds: 5)
    }
    close(master)
  }
}
