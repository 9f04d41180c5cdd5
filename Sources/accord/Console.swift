import AccordCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only way the command line writes to standard output and error: every line goes through
/// `SafeText`, so no text from a plan, a theme, the settings or the environment can send the
/// terminal an escape sequence. `print` is unavailable in this module (below) so nothing can
/// write around it.
enum Console {
  /// A line (or lines) to standard output.
  static func out(_ text: String) {
    send(SafeText.lines(text) + "\n", to: STDOUT_FILENO)
  }

  /// A line (or lines) to standard error.
  static func error(_ text: String) {
    send(SafeText.lines(text) + "\n", to: STDERR_FILENO)
  }

  /// Lines from `AnsiText`: the grid's text was sanitised when drawn, and the escapes in them
  /// are accord's own colours, for `render --color`.
  static func outColoured(_ lines: [String]) {
    for line in lines { send(line + "\n", to: STDOUT_FILENO) }
  }

  /// An export (`report`, `calendar`) as it is: each format escapes the data text in it its
  /// own way (through `SafeText` in AccordReport), and its line ends (CRLF in iCalendar) are
  /// part of the format.
  static func outDocument(_ text: String) {
    send(text, to: STDOUT_FILENO)
  }

  /// Unbuffered `write(2)`, to the end or the first error (a closed pipe, a full disk).
  private static func send(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif

/// Writing with `print` would bypass `Console`'s sanitising.
@available(*, unavailable, message: "write through Console, which sanitises what it writes")
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {}
