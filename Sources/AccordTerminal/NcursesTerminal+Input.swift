import AccordRuntime
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
      if code == 27 && ownModes.contains(.sgrMouse) { return afterEscape() }
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
    case accord_key_paste_start():
      return readPaste()
    default:
      // A paste's end marker with no start is dropped too.
      return InputDecoder.keyCode(code).map(TerminalInput.event) ?? .timeout
    }
  }

  /// After a paste's start marker: its text up to the end marker, as one event. A second
  /// without input also ends it, in case a terminal drops the end marker. Keys decoded inside
  /// it (a pasted escape sequence) are dropped; a resize is kept for the next read.
  ///
  /// Whatever is already waiting when the end marker is read came in the same read, so with
  /// the paste: pasted text that holds an end marker of its own (`hello\e[201~q`) must not
  /// have its tail read as keys. So after the end marker, input that follows within
  /// `pasteTail` is taken as pasted too (a further end or start marker dropped): a long paste
  /// reaches the pty in pieces a few milliseconds apart, and no one types that fast.
  private func readPaste() -> TerminalInput {
    var paste = PasteCollector()
    var resized = false
    var ended = false
    reading: while true {
      wtimeout(window, ended ? Self.pasteTail : 1000)
      var code: wint_t = 0
      switch wget_wch(window, &code) {
      case OK:
        guard paste.feed(UInt32(code)) else { break reading }
      case KEY_CODE_YES:
        switch Int32(bitPattern: UInt32(code)) {
        case accord_key_paste_end(): ended = true
        case KEY_RESIZE: resized = true
        default: continue
        }
      default:
        break reading
      }
    }
    if resized { ungetch(KEY_RESIZE) }
    return .event(paste.event)
  }

  /// Milliseconds after a paste's end marker in which input still belongs to the paste.
  static let pasteTail: Int32 = 25

  /// After an ESC, where accord decodes SGR mouse reports: the report it begins, or the Esc key
  /// with whatever followed it given back to be read as keys.
  private func afterEscape() -> TerminalInput {
    var decoder = SGRMouseDecoder()
    var read = 0
    while true {
      // A report arrives in one piece; a lone Esc has already waited out ncurses' delay.
      wtimeout(window, 25)
      var code: wint_t = 0
      let result = wget_wch(window, &code)
      guard result == OK else {
        if result == KEY_CODE_YES { ungetch(Int32(bitPattern: UInt32(code))) }
        // ESC [ then nothing is two keys; cut short inside a report, it is dropped, not typed.
        if read == 1 { unget_wch(wchar_t(UInt8(ascii: "["))) }
        return read < 2 ? .event(.key(.escape)) : .timeout
      }
      read += 1
      switch decoder.feed(UInt32(code)) {
      case .more:
        continue
      case .done(let event):
        return event.map { .event(doubleClicked($0)) } ?? .timeout
      case .notMouse(let keys):
        for key in keys.reversed() { unget_wch(wchar_t(bitPattern: key)) }
        return .event(.key(.escape))
      }
    }
  }

  /// A click at the cell of the last one, within ncurses' 200 ms, is a double-click.
  private func doubleClicked(_ event: Event) -> Event {
    guard case .mouse(var mouse) = event, mouse.action == .click else { return event }
    let now = MonotonicClock.milliseconds()
    if let last = lastSGRClick, last.x == mouse.x, last.y == mouse.y, now - last.at <= 200 {
      mouse.action = .doubleClick
      lastSGRClick = nil
      return .mouse(mouse)
    }
    lastSGRClick = (mouse.x, mouse.y, now)
    return event
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
