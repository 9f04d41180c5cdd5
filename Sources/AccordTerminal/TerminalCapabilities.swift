import CNcursesw

/// What the terminfo database says of a terminal type, without starting curses on it: for
/// `accord doctor`, which checks the terminal a dashboard would get.
public struct TerminalCapabilities: Sendable, Equatable {
  /// Colours the entry has (`colors`; 0 for none).
  public let colours: Int
  /// Whether it announces 24-bit colour (`RGB`, as xterm-direct does).
  public let trueColour: Bool
  /// Whether it can move the cursor (`cup`); TERM=dumb cannot, and shows no dashboard.
  public let movesCursor: Bool

  /// The entry for `term`, or nil when the terminfo database has none.
  public static func lookUp(_ term: String) -> TerminalCapabilities? {
    // A screen on /dev/null: ncurses reads the entry without touching the session's terminal.
    guard !term.isEmpty, let null = fopen("/dev/null", "r+") else { return nil }
    defer { fclose(null) }
    guard let screen = newterm(term, null, null) else { return nil }
    defer {
      endwin()
      delscreen(screen)
    }
    return TerminalCapabilities(
      colours: max(0, Int(tigetnum("colors"))), trueColour: tigetflag("RGB") > 0,
      movesCursor: accord_has_cursor_addressing() != 0)
  }

  /// The locale's character set after `setlocale(LC_ALL, "")`, e.g. "UTF-8" or "ANSI_X3.4-1968";
  /// nil when the environment names a locale that is not installed.
  public static func localeCodeset() -> String? {
    guard setlocale(LC_ALL, "") != nil else { return nil }
    return accord_codeset().map { String(cString: $0) } ?? ""
  }
}
