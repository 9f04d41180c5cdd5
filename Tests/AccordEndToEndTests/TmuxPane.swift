import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// The real `accord` binary running in the pane of a private tmux server, with a wrapper shell
/// that records its pid, exit status, standard error and the terminal modes before and after.
///
/// Every wait polls until a condition holds (20 s at most), never a fixed sleep.
final class TmuxPane {
  let server: TmuxServer
  /// Where the wrapper records how accord ran.
  private var records: URL { server.directory }

  /// Starts `accord arguments...` in a `width` x `height` pane.
  ///
  /// - Parameter environment: extra `NAME=value` settings; the locale is C.UTF-8 and TERM
  ///   xterm-256color unless these override them.
  init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String] = []) throws {
    let binary = try AccordBinary.path()
    server = try TmuxServer(width: width, height: height) { directory in
      let wrapper = directory.appendingPathComponent("run.sh")
      try Self.wrapperScript.write(to: wrapper, atomically: true, encoding: .utf8)
      let settings = ["LANG=C.UTF-8", "TERM=xterm-256color"] + environment
      return ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "SWIFT_BACKTRACE"] + settings
        + ["sh", wrapper.path, directory.path, binary] + arguments
    }
  }

  /// Kills the tmux server and accord with it.
  func stop() { server.stop() }

  // MARK: The screen

  /// `keys` as tmux key names: "Enter", "Escape", "q", "C-c", "Up".
  func send(_ keys: String...) throws { try server.send(keys: keys) }

  func resize(width: Int, height: Int) throws { try server.resize(width: width, height: height) }

  func capture(escapes: Bool = false) throws -> String { try server.capture(escapes: escapes) }

  func display(_ format: String) throws -> String { try server.display(format) }

  func assertShows(
    _ texts: [String], _ message: String = "", matchCase: Bool = false, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    try server.assertShows(texts, message, matchCase: matchCase, file: file, line: line)
  }

  // MARK: The process

  /// The pid of accord, once the wrapper has written it.
  func pid() throws -> pid_t {
    let file = records.appendingPathComponent("pid")
    guard eventually({ FileManager.default.fileExists(atPath: file.path) }),
      let pid = pid_t(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw HarnessFailure("accord never started (no pid file)") }
    return pid
  }

  /// The exit status the wrapper shell saw ($?: 128 + n for a signal), once accord has ended.
  func exitStatus(seconds: Double = 20) throws -> Int? {
    let file = records.appendingPathComponent("status")
    guard eventually(seconds: seconds, { FileManager.default.fileExists(atPath: file.path) }) else { return nil }
    return Int(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func standardError() throws -> String {
    (try? String(contentsOf: records.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
  }

  /// `stty -a` in the pane before accord started and after it ended.
  func terminalModes() throws -> (before: String, after: String) {
    let read = { (name: String) in
      (try? String(contentsOf: self.records.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
    return (read("stty-before"), read("stty-after"))
  }

  /// Records accord's pid, runs it with standard error to a file, then records its status and
  /// the terminal modes, and stays alive so the pane's state can still be queried.
  static let wrapperScript = """
    #!/bin/sh
    dir="$1"; shift
    trap : INT QUIT  # Ctrl+C and Ctrl+\\ are for accord: this shell waits and records how it ended
    stty -a > "$dir/stty-before" 2>&1
    sh -c 'echo $$ > "$0/pid.tmp" && mv "$0/pid.tmp" "$0/pid" && exec "$@"' "$dir" "$@" 2> "$dir/stderr"
    echo $? > "$dir/status.tmp"
    stty -a > "$dir/stty-after" 2>&1
    mv "$dir/status.tmp" "$dir/status"
    exec sleep 600

    """
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
    XCTAssertEqual(
      after, TerminalRestoreEndToEndTests.modeFlags(modes.before), "stty -a differs from before", file: file, line: line
    )
    XCTAssertEqual(try pane.display("#{alternate_on}"), "0", "still on the alternate screen", file: file, line: line)
    XCTAssertEqual(try pane.display("#{cursor_flag}"), "1", "cursor still hidden", file: file, line: line)
    XCTAssertEqual(
      try pane.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}"), "0000",
      "mouse still on (any, button, standard, SGR)", file: file, line: line)
    XCTAssertEqual(
      try pane.display("#{keypad_cursor_flag}"), "0", "application cursor keys still on", file: file, line: line)
  }
}
