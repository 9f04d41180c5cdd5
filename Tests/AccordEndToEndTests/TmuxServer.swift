import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// A private tmux server (its own socket, so it never touches the user's tmux) with one pane
/// running one command, which the tests drive with keys and read back as text.
///
/// The pane stays after its command ends (`remain-on-exit`), so its last screen and its
/// state can still be read; no status line and no scrollback, so the screen is only what the
/// command drew.
final class TmuxServer {
  let socket: String
  /// A private folder for the server's configuration and whatever the command keeps beside
  /// it; removed by `stop()`.
  let directory: URL
  /// How long `assertShows` waits by default.
  let showWithin: Double
  private var stopped = false

  static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Starts the server with a `width` x `height` pane running `command`, whose words it is
  /// given the private folder to build from (to point at files it has put there).
  init(
    width: Int = 120, height: Int = 40, showWithin: Double = 20, command: (_ directory: URL) throws -> [String]
  ) throws {
    guard Self.path != nil else {
      throw HarnessFailure("tmux is not installed; the end-to-end tests need it (make test installs it)")
    }
    socket = "accord-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    self.showWithin = showWithin
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

    let config = directory.appendingPathComponent("tmux.conf")
    try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n"
      .write(to: config, atomically: true, encoding: .utf8)
    let line = try command(directory).map(shellQuoted).joined(separator: " ")
    try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", line])
  }

  deinit { stop() }

  /// Kills the server and everything in it.
  func stop() {
    guard !stopped else { return }
    stopped = true
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  // MARK: Driving

  /// `keys` as tmux key names: "Enter", "Escape", "q", "C-c", "Up".
  func send(_ keys: String...) throws { try send(keys: keys) }

  func send(keys: [String]) throws {
    try tmux(["send-keys", "-t", "=0:0"] + keys)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "=0", "-x", "\(width)", "-y", "\(height)"])
  }

  // MARK: Reading

  /// The pane's text, one string per row; with `escapes`, its colours and attributes too.
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", "=0:0"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format about the pane, e.g. `#{alternate_on}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", "=0:0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of the pane's command, while it runs.
  func commandPid() throws -> pid_t? {
    guard try display("#{pane_dead}") != "1" else { return nil }
    return pid_t(try display("#{pane_pid}"))
  }

  /// Asserts the screen comes to show every one of `texts` (within `seconds`, `showWithin` if
  /// not given), printing the screen if not. Case-insensitive unless `matchCase`; line breaks
  /// and runs of spaces count as one space, so a message wrapped over two rows still matches.
  func assertShows(
    _ texts: [String], _ message: String = "", matchCase: Bool = false, seconds: Double? = nil,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let missing = { (screen: String) in
      texts.filter {
        !Self.normalized(screen, matchCase: matchCase).contains(Self.normalized($0, matchCase: matchCase))
      }
    }
    // A failed capture while waiting counts as "not yet"; only the last one must succeed.
    if eventually(seconds: seconds ?? showWithin, { (try? capture()).map { missing($0).isEmpty } ?? false }) { return }
    let screen = try capture()
    let absent = missing(screen)
    if !absent.isEmpty {
      XCTFail("\(message) screen does not show \(absent):\n\(Self.framed(screen))", file: file, line: line)
    }
  }

  static func normalized(_ text: String, matchCase: Bool = false) -> String {
    (matchCase ? text : text.lowercased()).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// `screen` with a bar before every row, so a failure message shows where rows begin.
  static func framed(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).map { "|" + $0 }.joined(separator: "\n")
  }

  /// Runs a tmux command against this server; what it printed.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    try Subprocess.check(Self.path!, ["-L", socket] + arguments)
  }
}
