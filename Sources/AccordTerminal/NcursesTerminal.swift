import AccordRuntime
import AccordUI
import CNcursesw

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal: starts curses on the process's terminal, paints cell grids with the
/// wide-character calls and turns keys, mouse and resize into events.
///
/// Create it only when standard input and output are terminals; `close()` (or a signal caught
/// by `SignalTrap`) gives the terminal back as it was.
public final class NcursesTerminal: Terminal {
  public internal(set) var size: TerminalSize
  /// Whether the locale's character set is UTF-8; if not, draw ASCII only.
  public let isUTF8: Bool
  /// How many colours are in use: what the terminal has (true colour where its terminfo has
  /// the RGB capability), or none when NO_COLOR or the caller said no.
  public let depth: ColorDepth
  /// Whether the terminal's own colours (-1) are available.
  let defaultColours: Bool

  let window: UnsafeMutablePointer<WINDOW>
  let screen: OpaquePointer
  var styles: StyleCache
  /// Set after a resize: the next paint redraws every cell, since the terminal may have
  /// reflowed or cleared what was there.
  var needsFullRedraw = false
  /// The grid curses' virtual screen holds: a paint hands curses only the cells that differ.
  var painted: CellGrid?
  /// The modes accord turns on itself on this terminal: SGR mouse reports, bracketed paste.
  let ownModes: OwnModes
  /// The last click decoded from an SGR report, to make a second one at the same cell soon
  /// after a double-click, as ncurses does with its own reports.
  var lastSGRClick: (x: Int, y: Int, at: Int)?
  /// Whether web addresses on screen are written as hyperlinks (OSC 8): `HyperlinkSupport`.
  public var hyperlinks = false
  private var closed = false

  /// Starts curses. Throws if the terminal type is unknown, cannot move the cursor, or is
  /// larger than accord draws (`TerminalSize.largest`).
  ///
  /// - Parameters:
  ///   - theme: the colours for each style role, brought down to what the terminal has.
  ///   - colour: false to use attributes only (`--no-color`); NO_COLOR is checked here.
  public init(theme: Theme, colour: Bool = true) throws(TerminalError) {
    setlocale(LC_ALL, "")
    isUTF8 = Self.localeIsUTF8()
    try Self.checkSize()

    let name = getenv("TERM").map { String(cString: $0) } ?? ""
    guard let screen = newterm(nil, accord_stdout(), accord_stdin()) else {
      throw TerminalError.cannotStart(term: name)
    }
    // TERM=dumb and hard-copy terminals start, but a dashboard on them is a blank screen.
    guard accord_has_cursor_addressing() != 0 else {
      endwin()
      delscreen(screen)
      throw TerminalError.cannotStart(term: name)
    }
    self.screen = screen
    window = accord_stdscr()!
    SignalTrap.cursesStarted(true)
    Self.bufferWholeFrames()

    cbreak()  // Ctrl+C and Ctrl+Z keep their meaning: SignalTrap and ncurses handle them
    noecho()
    Self.passFlowControlKeys()
    nonl()
    keypad(window, true)
    intrflush(window, false)
    scrollok(window, false)
    idlok(window, false)
    leaveok(window, true)
    curs_set(0)
    accord_set_escdelay(25)
    // The loop takes in all waiting input before it draws, so ncurses' own look for typeahead
    // (a poll every few changed lines) is five wasted system calls a frame, and its way of
    // acting on it, stopping part-way through a frame, would leave a half-drawn screen.
    typeahead(-1)

    var old: mmask_t = 0
    let buttons =
      accord_button1_clicked() | accord_button1_double_clicked()
      | accord_button4_pressed() | accord_button5_pressed()
    let reported = mousemask(buttons, &old)
    mouseinterval(200)
    ownModes = OwnModes.forTerminal(sgrMouse: reported != 0 && accord_mouse_wants_sgr() != 0)
    if !ownModes.isEmpty { Self.leaveOwnModesOnStop() }

    let noColour = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    var colours = colour && !noColour && has_colors()
    var defaultColours = false
    if colours {
      colours = start_color() == OK
      // The terminal's own background shows through (colour -1) where the terminal allows it.
      defaultColours = colours && use_default_colors() == OK
    }
    depth = colours ? ColorDepth(colors: Int(accord_colors()), hasRGB: tigetflag("RGB") > 0) : .none
    self.defaultColours = defaultColours
    styles = StyleCache(palette: ThemePalette(theme: theme, depth: depth), defaultColours: defaultColours)
    size = Self.drawable(window)
  }

  /// ncurses writes its output at every cursor movement, one `write` a line or less, until the
  /// screen has been left and taken back once (its state stays "initial" until then). One
  /// round trip before anything is drawn makes each frame a single write: fewer system calls,
  /// and over SSH fewer packets and no half-drawn frames.
  private static func bufferWholeFrames() {
    endwin()
    doupdate()
  }

  deinit { close() }

  /// The window's size, within what accord draws (cells beyond it stay blank).
  static func drawable(_ window: UnsafeMutablePointer<WINDOW>) -> TerminalSize {
    TerminalSize(
      width: min(Int(getmaxx(window)), TerminalSize.largest.width),
      height: min(Int(getmaxy(window)), TerminalSize.largest.height))
  }

  /// Refuses a size beyond `TerminalSize.largest`, from COLUMNS and LINES (which ncurses
  /// obeys) or from the terminal itself, before curses allocates a screen of that size.
  static func checkSize() throws(TerminalError) {
    let largest = TerminalSize.largest
    for (variable, limit) in [("COLUMNS", largest.width), ("LINES", largest.height)] {
      if let text = getenv(variable), let value = Int(String(cString: text)), value > limit {
        throw .tooLarge("\(variable)=\(value) is more than accord draws (\(limit)); unset \(variable)")
      }
    }
    var width: Int32 = 0
    var height: Int32 = 0
    if accord_window_size(STDOUT_FILENO, &width, &height) == 0,
      !TerminalSize(width: Int(width), height: Int(height)).isDrawable
    {
      throw .tooLarge("the terminal is \(width)x\(height); accord draws at most \(largest.width)x\(largest.height)")
    }
  }

  /// The next paint redraws every cell: something else may have written over the screen.
  public func redrawAll() {
    needsFullRedraw = true
  }

  /// After a stop and `fg`: the shell may have put the terminal back in line mode with echo,
  /// and left the alternate screen. Leaving curses mode and painting again enters it afresh
  /// (ncurses restores its modes, keypad, mouse and alternate screen on the next update).
  public func resume() {
    Self.leaveOwnModes()
    endwin()
    needsFullRedraw = true
  }

  /// Switches theme: pairs are made afresh and the next paint redraws every cell.
  public func apply(_ theme: Theme) {
    guard theme != styles.palette.theme else { return }
    if depth != .none { reset_color_pairs() }
    styles = StyleCache(palette: ThemePalette(theme: theme, depth: depth), defaultColours: defaultColours)
    needsFullRedraw = true
  }

  /// Gives the terminal back: modes as before, cursor shown, mouse off, main screen restored.
  public func close() {
    guard !closed else { return }
    closed = true
    SignalTrap.cursesStarted(false)
    curs_set(1)
    Self.leaveOwnModes()
    endwin()
    delscreen(screen)
  }

  /// The locale's character set, read after `setlocale(LC_ALL, "")`.
  static func localeIsUTF8() -> Bool {
    guard let codeset = accord_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
  /// Unknown to terminfo, or without cursor addressing (TERM=dumb).
  case cannotStart(term: String)
  case tooLarge(String)

  public var description: String {
    switch self {
    case .cannotStart(let term):
      "cannot start the terminal: TERM='\(term)' is unknown or cannot move the cursor; try TERM=xterm-256color (or `accord render` for text)"
    case .tooLarge(let problem):
      "cannot start the terminal: \(problem)"
    }
  }
}

extension NcursesTerminal {
  /// Ctrl-S (which saves a form) and Ctrl-Q reach accord instead of pausing the terminal's
  /// output. ncurses keeps the change as the program's mode, and gives the shell its own back
  /// at the end as it does for cbreak.
  fileprivate static func passFlowControlKeys() {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    guard tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 else { return }
    def_prog_mode()
  }
}
