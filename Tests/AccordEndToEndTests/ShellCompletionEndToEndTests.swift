import Foundation
import XCTest

/// The completion scripts accord writes, in the real bash, zsh and fish: option values
/// (`--status`, `--theme`) and the plan's ids, which the scripts ask accord itself for.
final class ShellCompletionEndToEndTests: XCTestCase {
  /// A folder with the completion script for `shell` in it and `accord` (the binary under test)
  /// on the PATH, as an installed accord is.
  func installed(_ shell: String, as name: String) throws -> (folder: String, path: String) {
    let accord = try AccordBinary.path()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-completion-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let script = try Subprocess.run(accord, ["--generate-completion-script", shell])
    XCTAssertEqual(script.status, 0, script.error)
    try script.output.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    let path = (accord as NSString).deletingLastPathComponent + ":/usr/bin:/bin"
    return (folder.path, path)
  }

  func shell(_ name: String) throws -> String {
    let path = "/usr/bin/" + name
    guard FileManager.default.isExecutableFile(atPath: path) else {
      // make test installs every shell first: a missing one is a failure, not a skip.
      throw HarnessFailure("\(name) is not installed (scripts/ensure-system-packages installs it)")
    }
    return path
  }

  /// What bash's completion function offers for `words`, the last being the one completed.
  func bash(_ words: [String]) throws -> [String] {
    let (folder, path) = try installed("bash", as: "accord.bash")
    let array = words.map(shellQuoted).joined(separator: " ")
    let program = """
      source \(folder)/accord.bash
      COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      _accord accord "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try Subprocess.run("/usr/bin/env", ["PATH=\(path)", try shell("bash"), "--norc", "-c", program])
    XCTAssertEqual(result.status, 0, result.error)
    return result.output.split(separator: "\n").map(String.init)
  }

  /// What `shell` (zsh or fish, interactive in tmux, as a user has it) lists for `line` + Tab:
  /// it shows `expected` and not `unexpected`. fish 3's `complete -C` cannot run the scripts'
  /// callbacks into accord (they read the command line), so both are driven as typed.
  func typed(_ line: String, in shell: String, shows expected: [String], lacks unexpected: [String] = []) throws {
    let (folder, path) = try installed(shell, as: shell == "zsh" ? "_accord" : "accord.fish")
    let program = try self.shell(shell)
    let server = try TmuxServer(width: 160, height: 50) { directory in
      let settings = ["env", "PATH=\(path)", "TERM=xterm-256color", "LANG=C.UTF-8"]
      guard shell == "zsh" else {
        let setup = "source \(folder)/accord.fish; function fish_prompt; echo 'ready> '; end"
        return settings + [program, "--no-config", "-i", "-C", setup]
      }
      try """
      PS1='ready> '
      fpath=(\(folder) $fpath)
      autoload -U compinit && compinit -u
      """.write(to: directory.appendingPathComponent(".zshrc"), atomically: true, encoding: .utf8)
      return settings + ["ZDOTDIR=\(directory.path)", program, "-i"]
    }
    defer { server.stop() }
    try server.assertShows(["ready>"])
    try server.send(keys: ["-l", line])
    try server.send("Tab")
    try server.assertShows(expected, "\(shell): \(line)")
    let screen = try server.capture()
    for text in unexpected { XCTAssertFalse(screen.contains(text), "\(shell) offered \(text): \(screen)") }
  }

  func test_bash_completes_statuses_themes_and_the_plans_ids() throws {
    XCTAssertEqual(Set(try bash(["accord", "update", "16.3", "--status", "in"])), ["in-progress"])
    XCTAssertTrue(
      Set(try bash(["accord", "update", "16.3", "--status", ""])).isSuperset(of: ["done", "held", "postponed"]))
    XCTAssertTrue(try bash(["accord", "dashboard", "--theme", ""]).contains("high-contrast"))
    XCTAssertFalse(
      try bash(["accord", "update", "1.1", "--status", ""]).contains("not-reported"), "not a status an update takes")
    let ids = try bash(["accord", "update", "16."])
    XCTAssertTrue(ids.contains("16.3") && ids.contains("16.3a"), "\(ids)")
    XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("16.") }, "\(ids)")
    XCTAssertTrue(try bash(["accord", "history", "jc"]).contains { $0.hasPrefix("jc-") })
  }

  func test_ids_come_from_the_plan_named_by_data() throws {
    let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/mixed-scripts-plan.yaml"
    ).path
    let fromFile = try bash(["accord", "update", "--data", plan, ""])
    XCTAssertFalse(fromFile.isEmpty)
    XCTAssertFalse(fromFile.contains("16.3"), "the bundled plan's ids: \(fromFile)")
  }

  func test_fish_completes_statuses_themes_and_the_plans_ids() throws {
    try typed("accord update 16.3 --status ", in: "fish", shows: ["in-progress", "postponed"], lacks: ["not-reported"])
    try typed("accord dashboard --theme ", in: "fish", shows: ["high-contrast", "monochrome"])
    try typed("accord update 16.3", in: "fish", shows: ["16.3a", "16.3e"], lacks: ["17.1"])
  }

  func test_zsh_completes_statuses_themes_and_the_plans_ids() throws {
    try typed("accord update 16.3 --status ", in: "zsh", shows: ["in-progress", "postponed"], lacks: ["not-reported"])
    try typed("accord dashboard --theme ", in: "zsh", shows: ["high-contrast", "monochrome"])
    try typed("accord update 16.3", in: "zsh", shows: ["16.3a", "16.3e"], lacks: ["17.1"])
  }
}
