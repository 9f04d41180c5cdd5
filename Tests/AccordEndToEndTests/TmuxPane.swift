import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The real `accord` binary running in a pane of a private tmux server, with a wrapper shell
/// that records its pid, exit status, standard error and the terminal modes before and after.
///
/// Every wait polls the pane until a condition holds (5 s at most), never a fixed sleep.
final class TmuxPane {
  let socket: String
  let directory: URL
  private var stopped = false

  /// Starts `accord arguments...` in a `width` x `height` pane.
  ///
  /// - Parameter environment: extra `NAME=value` settings; the locale is C.UTF-8 and TERM
  ///   xterm-256color unless these override them.
  init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String] = []) throws {
    let binary = try Self.accordBinary()
    guard Self.tmuxPath != nil else { throw XCTSkip("tmux is not installed; the end-to-end tests need it") }
    socket = "accord-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

    let config = directory.appendingPathComponent("tmux.conf")
    try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n"
      .write(to: config, atomically: true, encoding: .utf8)
    let wrapper = directory.appendingPathComponent("run.sh")
    try Self.wrapperScript.write(to: wrapper, atomically: true, encoding: .utf8)

    let settings = ["LANG=C.UTF-8", "TERM=xterm-256color"] + environment
    let command = (["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "SWIFT_BACKTRACE"] + settings
      + ["sh", wrapper.path, directory.path, binary.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
    try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
  }

  deinit { stop() }

  /// Kills the tmux server and everything in it.
  func stop() {
    guard !stopped else { return }
    stopped = true
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  // MARK: Driving

  /// `keys` as tmux key names: "Enter", "Escape", "q", "C-c", "Up".
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", "=0:0"] + keys)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "=0", "-x", "\(width)", "-y", "\(height)"])
  }

  /// The pane's text, one string per row.
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "=0:0"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format about the pane, e.g. `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "=0:0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  // MARK: Waiting

  /// Polls `condition` every 50 ms for up to `seconds`; true as soon as it holds.
  @discardableResult
  func wait(seconds: Double = 5, until condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if try condition() { return true }
      if Date() > deadline { return false }
      usleep(50_000)
    }
  }

  /// Waits until the screen shows `text` (case-insensitive, line breaks and runs of spaces
  /// counted as one space, so a message wrapped over two rows still matches).
  @discardableResult
  func waitForText(_ text: String, seconds: Double = 5) throws -> Bool {
    try wait(seconds: seconds) { Self.normalized(try capture()).contains(Self.normalized(text)) }
  }

  /// Asserts the screen comes to show every one of `texts`, printing the screen if not.
  /// Case-insensitive unless `matchCase`.
  func assertShows(
    _ texts: [String], _ message: String = "", matchCase: Bool = false, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let shows = { (screen: String, text: String) in
      Self.normalized(screen, matchCase: matchCase).contains(Self.normalized(text, matchCase: matchCase))
    }
    let all = wait { texts.allSatisfy { text in (try? shows(capture(), text)) ?? false } }
    if !all {
      let screen = try capture()
      let missing = texts.filter { !shows(screen, $0) }
      XCTFail("\(message) screen does not show \(missing):\n\(Self.framed(screen))", file: file, line: line)
    }
  }

  // MARK: The process

  /// The pid of accord, once the wrapper has written it.
  func pid() throws -> pid_t {
    let file = directory.appendingPathComponent("pid")
    guard wait(until: { FileManager.default.fileExists(atPath: file.path) }),
      let pid = pid_t(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw Failure("accord never started (no pid file)") }
    return pid
  }

  /// Whether the process is still running (a zombie counts as gone).
  static func isRunning(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = stat.lastIndex(of: ")") else { return true }
    return !stat[close...].dropFirst(2).hasPrefix("Z")
  }

  /// The exit status the wrapper shell saw ($?: 128 + n for a signal), once accord has ended.
  func exitStatus(seconds: Double = 5) throws -> Int? {
    let file = directory.appendingPathComponent("status")
    guard wait(seconds: seconds, until: { FileManager.default.fileExists(atPath: file.path) }) else { return nil }
    return Int(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func standardError() throws -> String {
    (try? String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
  }

  /// `stty -a` in the pane before accord started and after it ended.
  func terminalModes() throws -> (before: String, after: String) {
    let read = { (name: String) in
      (try? String(contentsOf: self.directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
    return (read("stty-before"), read("stty-after"))
  }

  // MARK: Helpers

  /// Records accord's pid, runs it with standard error to a file, then records its status and
  /// the terminal modes, and stays alive so the pane's state can still be queried.
  static let wrapperScript = """
    #!/bin/sh
    dir="$1"; shift
    trap : INT  # Ctrl+C is for accord: this shell waits and records how it ended
    stty -a > "$dir/stty-before" 2>&1
    sh -c 'echo $$ > "$0/pid.tmp" && mv "$0/pid.tmp" "$0/pid" && exec "$@"' "$dir" "$@" 2> "$dir/stderr"
    echo $? > "$dir/status.tmp"
    stty -a > "$dir/stty-after" 2>&1
    mv "$dir/status.tmp" "$dir/status"
    exec sleep 600

    """

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try Self.run(Self.tmuxPath!, ["-L", socket] + arguments)
  }

  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs a program to its end and returns what it printed (standard output, then error);
  /// throws if it fails.
  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let result = try spawn(executable, arguments)
    guard result.status == 0 else {
      throw Failure("\(executable) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)\(result.error)")
    }
    return result.output + result.error
  }

  /// Runs a program with standard input from /dev/null and its output to files, to its end.
  /// `status` is the exit code, or 128 + the signal that killed it.
  ///
  /// posix_spawn and waitpid, not Foundation's Process: the tmux server that new-session forks
  /// keeps the descriptors it was given (so a pipe never reaches its end), and Process did not
  /// always notice the client's exit.
  static func spawn(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("accord-e2e-out-\(UUID().uuidString)").path
    let outputPath = base + ".out"
    let errorPath = base + ".err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw Failure("cannot run \(executable): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}

    let signal = status & 0x7F
    let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    return (code, read(outputPath), read(errorPath))
  }

  /// The `accord` built beside this test bundle (`swift build` before `swift test`), or
  /// ACCORD_BINARY.
  static func accordBinary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["ACCORD_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let binary = productsDirectory.appendingPathComponent("accord")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw Failure("no accord binary at \(binary.path): run `swift build` before `swift test` (or set ACCORD_BINARY)")
    }
    return binary
  }

  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    return Bundle.main.bundleURL
  }

  static func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static func normalized(_ text: String, matchCase: Bool = false) -> String {
    (matchCase ? text : text.lowercased()).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  static func framed(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n")
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}

extension TmuxPane {
  /// Asserts the terminal is as it was before accord: canonical mode, echo and the rest of
  /// `stty -a`, the main screen, the cursor shown, the mouse and cursor keys off.
  func assertRestored(file: StaticString = #filePath, line: UInt = #line) throws {
    let pane = self
    let modes = try pane.terminalModes()
    let after = TerminalRestoreEndToEndTests.modeFlags(modes.after)
    for flag in ["icanon", "echo", "isig", "icrnl", "opost", "onlcr", "ixon"] {
      XCTAssertTrue(after.contains(flag), "\(flag) not restored: \(modes.after)", file: file, line: line)
    }
    XCTAssertEqual(after, TerminalRestoreEndToEndTests.modeFlags(modes.before), "stty -a differs from before", file: file, line: line)
    XCTAssertEqual(try pane.display("#{alternate_on}"), "0", "still on the alternate screen", file: file, line: line)
    XCTAssertEqual(try pane.display("#{cursor_flag}"), "1", "cursor still hidden", file: file, line: line)
    XCTAssertEqual(try pane.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "000", "mouse still on", file: file, line: line)
    XCTAssertEqual(try pane.display("#{keypad_cursor_flag}"), "0", "application cursor keys still on", file: file, line: line)
  }
}
