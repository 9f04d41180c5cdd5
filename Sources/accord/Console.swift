import AccordCore
import Foundation

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

  /// Unbuffered `write(2)`, to the end or the first error. Standard output that cannot be
  /// written ends the command: a partial export must not pass for a whole one.
  private static func send(_ text: String, to descriptor: Int32) {
    var text = text
    let failure = text.withUTF8 { DescriptorWriting.send($0, to: descriptor) }
    guard let failure, descriptor == STDOUT_FILENO else { return }
    StandardOutputFailure(errno: failure).exit()
  }
}

/// Standard output refused a write. A closed pipe (`accord history | head -1`) ends accord as
/// it ends other tools, by SIGPIPE and without a word; anything else (a full disk, an I/O
/// error) is said on standard error, with exit status 74.
struct StandardOutputFailure {
  let errno: Int32

  var message: String { "accord: cannot write to standard output: " + String(cString: strerror(errno)) }

  func exit() -> Never {
    if errno == EPIPE {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      Foundation.exit(128 + SIGPIPE)  // SIGPIPE blocked: the status a shell would show
    }
    Console.error(message)
    Foundation.exit(74)
  }
}

/// Writing with `print` would bypass `Console`'s sanitising.
@available(*, unavailable, message: "write through Console, which sanitises what it writes")
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {}
