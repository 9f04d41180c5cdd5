import CNcursesw
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Terminal modes accord turns on itself, beyond those curses manages.
///
/// - SGR mouse reports (mode 1006), where ncurses does not ask for them
///   (`accord_mouse_wants_sgr`), so clicks beyond column 223 are not lost.
/// - Bracketed paste (mode 2004), where the terminfo describes it, so that pasted text arrives
///   as one paste and never as keys: a pasted `q` must not quit, a pasted line break must not
///   save a form.
///
/// They are on whenever curses owns the terminal and off whenever it gives the terminal back
/// (close, Ctrl-Z, a crash). Otherwise a program run afterwards gets input in a form it never
/// asked for.
struct OwnModes: OptionSet, Sendable {
  let rawValue: UInt8

  static let sgrMouse = OwnModes(rawValue: 1)
  static let bracketedPaste = OwnModes(rawValue: 2)

  /// xterm's sequences. accord sends and reads these fixed bytes rather than the terminfo's
  /// strings, so a doctored terminfo cannot make it write anything else.
  static let sgrOn: StaticString = "\u{1B}[?1006h"
  static let sgrOff: StaticString = "\u{1B}[?1006l"
  static let pasteOn: StaticString = "\u{1B}[?2004h"
  static let pasteOff: StaticString = "\u{1B}[?2004l"
  static let pasteStart = "\u{1B}[200~"
  static let pasteEnd = "\u{1B}[201~"

  /// The modes this terminal takes, read from its terminfo after `newterm`. Where it takes
  /// bracketed paste, the paste's start and end markers are bound to accord's paste keys.
  static func forTerminal(sgrMouse: Bool) -> OwnModes {
    var modes: OwnModes = sgrMouse ? [.sgrMouse] : []
    let capability = { (name: String) in accord_string_capability(name).map { String(cString: $0) } }
    if capability("BE") == String(describing: pasteOn), capability("BD") == String(describing: pasteOff),
      capability("PS") == pasteStart, capability("PE") == pasteEnd,
      define_key(pasteStart, accord_key_paste_start()) == OK, define_key(pasteEnd, accord_key_paste_end()) == OK
    {
      modes.insert(.bracketedPaste)
    }
    return modes
  }
}

extension NcursesTerminal {
  /// What is on now. Static and atomic because the stop and crash handlers read it.
  private static let modesOn = Atomic<UInt8>(0)

  /// After an update: turns on the modes this terminal takes that are not on yet.
  func enterOwnModes() {
    let off = OwnModes(rawValue: ~Self.modesOn.load(ordering: .acquiring)).intersection(ownModes)
    guard !off.isEmpty else { return }
    // Marked on before they are sent: a crash in between then turns off a mode that was not yet
    // on (harmless), never leaves one on that the handler did not know of.
    Self.modesOn.bitwiseOr(off.rawValue, ordering: .acquiringAndReleasing)
    if off.contains(.sgrMouse) { Self.send(OwnModes.sgrOn) }
    if off.contains(.bracketedPaste) { Self.send(OwnModes.pasteOn) }
  }

  /// Before `endwin`, and from the stop and crash handlers: turns off what is on.
  /// Async-signal-safe: an atomic exchange and write(2) of static strings.
  static func leaveOwnModes() {
    let on = OwnModes(rawValue: modesOn.exchange(0, ordering: .acquiringAndReleasing))
    if on.contains(.sgrMouse) { send(OwnModes.sgrOff) }
    if on.contains(.bracketedPaste) { send(OwnModes.pasteOff) }
  }

  /// Straight to the terminal: `putp` goes through stdio's buffer, which would hold it until
  /// the process ends, while ncurses writes its own output directly.
  private static func send(_ sequence: StaticString) {
    _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
  }

  /// Puts a SIGTSTP handler in front of ncurses' own (installed by `newterm`), which turns the
  /// modes off before ncurses gives the terminal back and stops the process. ncurses puts the
  /// handler it found back after each stop, so this stays in front.
  static func leaveOwnModesOnStop() {
    var previous = sigaction()
    sigaction(SIGTSTP, nil, &previous)
    #if canImport(Glibc)
      guard let handler = previous.__sigaction_handler.sa_handler, previous.sa_flags & SA_SIGINFO == 0,
        unsafeBitCast(handler, to: Int.self) > 1,  // neither SIG_DFL nor SIG_IGN
        unsafeBitCast(handler, to: Int.self) != unsafeBitCast(ownModesStopHandler, to: Int.self)  // a second terminal
      else { return }
      stopHandlerBeforeOwnModes = handler
      var action = previous
      action.__sigaction_handler.sa_handler = ownModesStopHandler
      sigaction(SIGTSTP, &action, nil)
    #endif
  }

  /// Set once, before the handler that reads it is installed.
  nonisolated(unsafe) static var stopHandlerBeforeOwnModes: (@convention(c) (Int32) -> Void)?

  private static let ownModesStopHandler: @convention(c) (Int32) -> Void = { signal in
    NcursesTerminal.leaveOwnModes()
    NcursesTerminal.stopHandlerBeforeOwnModes?(signal)
  }
}
