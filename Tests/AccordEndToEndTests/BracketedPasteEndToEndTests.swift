import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Pasting into the dashboard. Where the terminfo describes bracketed paste (xterm-256color
/// does), accord turns it on, so a paste arrives as text for the field being typed in and is
/// never read as keys. It turns it off again however it ends, or the shell would get the
/// markers round every later paste.
final class BracketedPasteEndToEndTests: XCTestCase {
  private var pane: TmuxPane?
  private var session: PtySession?
  private var directory: URL!

  override func setUpWithError() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-paste-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    pane?.stop()
    pane = nil
    session?.stop()
    session = nil
    try? FileManager.default.removeItem(at: directory)
  }

  /// `text` pasted as a terminal pastes it: tmux puts the markers round it when the program
  /// has asked for them (`-p`), and sends line breaks as carriage returns.
  private func paste(_ text: String, into pane: TmuxPane) throws {
    try pane.server.tmux(["set-buffer", "-b", "pasted", "--", text])
    try pane.server.tmux(["paste-buffer", "-p", "-b", "pasted", "-t", "=0:0"])
  }

  func test_a_paste_on_the_overview_is_not_read_as_keys() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], width: 100, height: 30)
    self.pane = pane
    try pane.assertShows(["Political"])
    try paste("qqq\njjj\n", into: pane)
    try pane.assertShows(["pasted text goes into a search (/), a go-to (:) or an update (u)"])
    XCTAssertTrue(try pane.capture().contains("╔═ > I Political"), "pasted j's moved the selection")

    try pane.send("/")
    try paste("laotian\ntimes\n", into: pane)
    try pane.assertShows(["/laotian times", "results for \"laotian times\""])
    try pane.send("Escape", "q")
    XCTAssertEqual(try pane.exitStatus(), 0)
    try pane.assertRestored()
  }

  /// A dashboard with the update form open on 16.3, and its journal (not created yet).
  private func updateFormOn16_3() throws -> (TmuxPane, String) {
    let journal = directory.appendingPathComponent("journal.sqlite").path
    let pane = try TmuxPane(["--today", "2026-11-24", "--journal", journal], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["Political"])
    try pane.send(":", "16.3", "Enter", "u")
    try pane.assertShows(["Record an update", "[unknown]"])
    return (pane, journal)
  }

  func test_a_paste_into_the_update_forms_note_stays_in_it_until_saved() throws {
    let (pane, journal) = try updateFormOn16_3()
    try pane.send("d", "Tab", "Tab")
    try paste("JTC met in Vientiane\non 3 December\n\n", into: pane)
    try pane.assertShows(["Note        JTC met in Vientiane on 3 December", "Record an update"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "the pasted line breaks saved the form")

    try pane.send("Tab", "MOFA letter", "C-s")
    try pane.assertShows(["recorded #1: 16.3 done on 2026-11-24"])
    let history = try Subprocess.run(try AccordBinary.path(), ["history", "--journal", journal])
    XCTAssertTrue(history.output.contains("JTC met in Vientiane on 3 December  MOFA letter"), history.output)
  }

  /// Pasted text may hold the paste's end marker itself: what follows it arrives in the same
  /// read, and is pasted text too, never keys.
  func test_a_paste_holding_its_own_end_marker_does_not_quit() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], width: 100, height: 30)
    self.pane = pane
    try pane.assertShows(["Political"])
    try paste("hello\u{1B}[201~q", into: pane)
    try pane.assertShows(["pasted text goes into a search (/), a go-to (:) or an update (u)"])
    // Still running after the paste: a search typed now finds (typed into a shell, it would
    // only echo).
    try pane.send("/", "laotian")
    try pane.assertShows(["results for \"laotian\""], "the pasted q quit the dashboard")
    try pane.send("Escape", "q")
    XCTAssertEqual(try pane.exitStatus(), 0)
  }

  func test_a_paste_ending_itself_then_ctrl_s_records_nothing_from_the_form() throws {
    let (pane, journal) = try updateFormOn16_3()
    try pane.send("d", "Tab", "Tab", "Tab")
    // Its Ctrl-S in the same read as its end marker: pasted (and dropped as a control).
    try paste("Gazette\u{1B}[201~\u{13}", into: pane)
    // A key typed after it lands in the field only if that Ctrl-S did not save and close the form.
    try pane.send("X")
    try pane.assertShows(["Source      GazetteX", "Record an update"], "the pasted Ctrl-S saved the form")
    // A Ctrl-S of its own right after the paste asks again.
    try paste("Gazette\u{1B}[201~", into: pane)
    // Shown, so the paste is over: the Ctrl-S below is a key of its own.
    try pane.assertShows(["Source      GazetteXGazette"])
    try pane.send("C-s")
    try pane.assertShows(["text was pasted just now: save again to record", "Source      GazetteXGazette"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: journal), "the paste recorded an update")
    try pane.send("C-s")
    try pane.assertShows(["recorded #1: 16.3 done on 2026-11-24"])
  }

  /// Each bracketed-paste mode sequence accord writes to a pty of its own, as "h" or "l", from its
  /// start (its first frame drawn) to its end by `end`, which waits as it needs to.
  private func modeSequences(term: String, end: (PtySession) -> Void) throws -> String {
    let session = try PtySession(
      try AccordBinary.path(), ["--today", "2026-11-24"],
      environment: ["PATH=/usr/bin:/bin", "HOME=\(directory.path)", "TERM=\(term)", "LANG=C.UTF-8"], width: 100,
      height: 30)
    self.session = session
    // The last pillar's pane is drawn and, where the terminal has it, the mode is on (accord
    // turns it on after its first frame): the dashboard is up.
    let asked = term != "screen"
    let ready = { (text: String) in text.contains("Multilateral") && (!asked || text.contains("\u{1B}[?2004h")) }
    let first = session.read(until: { ready(Self.text($0)) })
    XCTAssertTrue(ready(Self.text(first)), "the dashboard never drew its first frame")
    end(session)
    _ = session.readToEnd()
    return Self.modes(in: Self.text(session.transcript))
  }

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  private static func modes(in text: String) -> String {
    text.components(separatedBy: "\u{1B}[?2004").dropFirst().map { String($0.prefix(1)) }.joined()
  }

  func test_the_mode_is_on_while_it_runs_and_off_however_it_ends() throws {
    XCTAssertEqual(try modeSequences(term: "xterm-256color") { $0.type("q") }, "hl", "q")
    XCTAssertEqual(try modeSequences(term: "xterm-256color") { kill($0.pid, SIGTERM) }, "hl", "SIGTERM")
    XCTAssertEqual(try modeSequences(term: "xterm-256color") { kill($0.pid, SIGABRT) }, "hl", "a crash")
    let stoppedAndContinued = try modeSequences(term: "xterm-256color") { session in
      kill(session.pid, SIGTSTP)
      _ = session.read(until: { Self.modes(in: Self.text($0)).hasSuffix("l") })
      kill(session.pid, SIGCONT)
      _ = session.read(until: { Self.modes(in: Self.text($0)).hasSuffix("h") })
      session.type("q")
    }
    XCTAssertEqual(stoppedAndContinued, "hlhl", "on, off at Ctrl-Z, on at fg, off at q")
    // screen's terminfo does not describe bracketed paste: nothing is asked of it.
    XCTAssertEqual(try modeSequences(term: "screen") { $0.type("q") }, "", "screen")
  }
}
