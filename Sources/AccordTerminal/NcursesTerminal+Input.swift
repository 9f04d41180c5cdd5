import AccordUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Waits up to `milliseconds` for a key, a mouse report or a resize.
  ///
  /// A read that fails at once while the terminal reports a hang-up means the link dropped
  /// (SIGHUP may be ignored or not have arrived): that is `.hangUp`, so the loop never spins.
  public func nextEvent(timeout milliseconds: Int) -> TerminalInput {
    wtimeout(window, Int32(max(0, milliseconds)))
    var code: wint_t = 0
    let started = MonotonicClock.milliseconds()
    let result = wget_wch(window, &code)

    switch result {
    case OK:
      return InputDecoder.character(UInt32(code)).map(TerminalInput.event) ?? .timeout
    case KEY_CODE_YES:
      return keyCode(Int32(bitPattern: UInt32(code)))
    default:
      if milliseconds > 0, MonotonicClock.milliseconds() - started < milliseconds / 2, inputHungUp() {
        return .hangUp
      }
      return .timeout
    }
  }

  private func keyCode(_ code: Int32) -> TerminalInput {
    switch code {
    case KEY_RESIZE:
      size = Self.drawable(window)
      needsFullRedraw = true
      return .event(.resize(width: size.width, height: size.height))
    case KEY_MOUSE:
      var report = MEVENT()
      guard getmouse(&report) == OK else { return .timeout }
      return InputDecoder.mouse(x: report.x, y: report.y, buttons: report.bstate).map(TerminalInput.event) ?? .timeout
    default:
      return InputDecoder.keyCode(code).map(TerminalInput.event) ?? .timeout
    }
  }

  /// Whether standard input has hung up or gone bad.
  private func inputHungUp() -> Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }
}

/// Milliseconds on a clock that never jumps, for timeouts.
enum MonotonicClock {
  static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
  }
}
