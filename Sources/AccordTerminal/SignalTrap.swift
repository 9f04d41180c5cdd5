import CNcursesw
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Catches the signals that must not leave the terminal in curses mode.
///
/// - SIGINT, SIGTERM, SIGHUP, SIGQUIT and every other signal whose default action ends the
///   process (SIGPIPE, SIGUSR1, SIGALRM, SIGXCPU, the real-time signals...): the handler only
///   records the signal; the loop sees it within one input timeout, gives the terminal back
///   and then dies of the same signal (`reraise`), so the parent sees the usual status (130,
///   143, 129 in a shell). SIGQUIT (Ctrl-\) is one of them, so the runtime's crash reporter
///   never takes the screen for it.
/// - SIGCONT, after a stop (SIGTSTP, SIGSTOP) and `fg`: recorded, and the loop enters the
///   dashboard's terminal modes again and repaints everything (`takeContinued`).
/// - SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS: there is no coming back, so the
///   handler turns accord's own modes (SGR mouse reports, bracketed paste) off, ends curses
///   itself, puts back the default action and raises the signal again (status 128 + n, a core
///   dump if enabled). The Swift runtime's backtracer is skipped by
///   default: on a terminal it waits 30 s for a key, which a dropped link never sends. With
///   SWIFT_BACKTRACE set, the handler hands over to it instead, after the terminal is restored.
public enum SignalTrap {
  /// Signals that ask the dashboard to stop: every one whose default action would end it.
  public static let stopSignals: [Int32] = {
    var signals = [
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
      SIGXCPU, SIGXFSZ, SIGIO,
    ]
    #if os(Linux)
      signals += [SIGPWR, SIGSTKFLT] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    #endif
    return signals
  }()
  /// Signals that mean the program is crashing.
  public static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS]

  /// Installs the handlers. Call once, before curses starts.
  public static func install() {
    for signal in stopSignals { setHandler(signal, stopHandler) }
    setHandler(SIGCONT, continueHandler)
    let chainToRuntime = getenv("SWIFT_BACKTRACE") != nil
    for signal in crashSignals {
      if chainToRuntime {
        var old = sigaction()
        sigaction(signal, nil, &old)
        previousActions.withLock { $0[signal] = old }
      }
      setHandler(signal, crashHandler, flags: Int32(SA_NODEFER))
    }
  }

  /// The first stop signal received, if any.
  public static var pendingSignal: Int32? {
    let value = pending.load(ordering: .acquiring)
    return value == 0 ? nil : value
  }

  /// Whether the process was continued (SIGCONT) since the last call: the terminal's modes
  /// and screen may have been changed while it was stopped.
  public static func takeContinued() -> Bool {
    continued.exchange(false, ordering: .acquiringAndReleasing)
  }

  /// Whether curses owns the terminal, so a crash must give it back first.
  static func cursesStarted(_ started: Bool) {
    cursesActive.store(started, ordering: .releasing)
  }

  /// Dies of `signal` with its default action, after the terminal has been given back. Returns
  /// only if the signal does not kill (then the caller exits with 128 + signal).
  public static func reraise(_ signal: Int32) {
    setHandler(signal, nil)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    raise(signal)
  }

  // MARK: Handlers

  private static let pending = Atomic<Int32>(0)
  private static let continued = Atomic<Bool>(false)
  private static let cursesActive = Atomic<Bool>(false)
  private static let previousActions = Mutex<[Int32: sigaction]>([:])

  private static let stopHandler: @convention(c) (Int32) -> Void = { signal in
    // Async-signal-safe: one lock-free compare-and-swap keeps the first signal.
    _ = SignalTrap.pending.compareExchange(expected: 0, desired: signal, ordering: .acquiringAndReleasing)
  }

  private static let continueHandler: @convention(c) (Int32) -> Void = { _ in
    SignalTrap.continued.store(true, ordering: .releasing)
  }

  private static let crashHandler: @convention(c) (Int32) -> Void = { signal in
    // Not async-signal-safe in theory, but the process is dying and a terminal left in raw
    // mode with no echo is worse; every curses program does the same.
    if SignalTrap.cursesActive.exchange(false, ordering: .acquiringAndReleasing) {
      // endwin turns off only the modes ncurses turned on; SGR mouse reports and bracketed
      // paste, which accord asked for itself, would stay on for the shell.
      NcursesTerminal.leaveOwnModes()
      endwin()
    }
    // The lock was only ever taken at install time, before any crash could happen.
    if var previous = SignalTrap.previousActions.withLock({ $0[signal] }) {
      sigaction(signal, &previous, nil)
    } else {
      SignalTrap.setHandler(signal, nil)
    }
    raise(signal)
  }

  /// `handler` nil means the default action.
  private static func setHandler(_ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?, flags: Int32 = 0) {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler ?? SIG_DFL
    #else
      action.__sigaction_u.__sa_handler = handler ?? SIG_DFL
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = flags
    sigaction(signal, &action, nil)
  }
}
