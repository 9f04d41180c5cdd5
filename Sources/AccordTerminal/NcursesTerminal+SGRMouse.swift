import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SGR mouse reports (mode 1006) where ncurses does not ask for them itself: on whenever curses
/// owns the terminal, off whenever it gives the terminal back (close, Ctrl+Z), so a program run
/// afterwards does not get reports in an encoding it never asked for.
extension NcursesTerminal {
  static let sgrOn: StaticString = "\u{1B}[?1006h"
  static let sgrOff: StaticString = "\u{1B}[?1006l"

  /// After an update: asks for SGR reports if they are wanted and not yet on.
  func enableSGRMouse() {
    guard wantsSGRMouse, !sgrMouseOn else { return }
    Self.send(Self.sgrOn)
    sgrMouseOn = true
  }

  /// Before `endwin`: turns them off.
  func disableSGRMouse() {
    guard sgrMouseOn else { return }
    Self.send(Self.sgrOff)
    sgrMouseOn = false
  }

  /// Straight to the terminal: `putp` goes through stdio's buffer, which would hold it until
  /// the process ends, while ncurses writes its own output directly.
  private static func send(_ sequence: StaticString) {
    _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
  }

  /// Puts a SIGTSTP handler in front of ncurses' own (installed by `newterm`), which turns SGR
  /// reports off before ncurses gives the terminal back and stops the process. ncurses puts the
  /// handler it found back after each stop, so this stays in front.
  static func disableSGRMouseOnStop() {
    var previous = sigaction()
    sigaction(SIGTSTP, nil, &previous)
    #if canImport(Glibc)
      guard let handler = previous.__sigaction_handler.sa_handler, previous.sa_flags & SA_SIGINFO == 0,
        unsafeBitCast(handler, to: Int.self) > 1,  // neither SIG_DFL nor SIG_IGN
        unsafeBitCast(handler, to: Int.self) != unsafeBitCast(sgrStopHandler, to: Int.self)  // a second terminal
      else { return }
      stopHandlerBeforeSGR = handler
      var action = previous
      action.__sigaction_handler.sa_handler = sgrStopHandler
      sigaction(SIGTSTP, &action, nil)
    #endif
  }

  /// Set once, before the handler that reads it is installed.
  nonisolated(unsafe) static var stopHandlerBeforeSGR: (@convention(c) (Int32) -> Void)?

  private static let sgrStopHandler: @convention(c) (Int32) -> Void = { signal in
    // write(2) of a static string: async-signal-safe.
    _ = write(STDOUT_FILENO, NcursesTerminal.sgrOff.utf8Start, NcursesTerminal.sgrOff.utf8CodeUnitCount)
    NcursesTerminal.stopHandlerBeforeSGR?(signal)
  }
}
