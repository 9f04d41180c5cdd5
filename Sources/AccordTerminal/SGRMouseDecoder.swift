import AccordUI

/// Reads xterm's SGR mouse reports, `ESC [ < button ; column ; row M` (`m` on release), one
/// character at a time after the ESC, where ncurses hands them over undecoded (see
/// `accord_mouse_wants_sgr`). Unlike the older reports, whose column is one byte, they reach
/// any column. Pure: the terminal feeds it what `wget_wch` returned.
///
/// Numbers saturate and a report longer than `longest` characters is dropped, so hostile input
/// costs a bounded amount per character and never overflows.
public struct SGRMouseDecoder: Sendable {
  public enum Step: Equatable, Sendable {
    /// Part of a report so far: feed the next character.
    case more
    /// A whole report: its event, or nil for one the dashboard ignores (a release, a motion,
    /// another button) or a malformed one, which is swallowed.
    case done(Event?)
    /// Not a mouse report: the ESC was a key and these characters, read after it, are keys too.
    case notMouse([UInt32])
  }

  /// The most characters after the ESC a report may have. A real one takes at most 21 (`[<`,
  /// three five-digit numbers, two separators, the final letter); a longer run of digits is
  /// still swallowed whole, so its tail does not turn into keys.
  public static let longest = 256
  /// Where a number stops growing.
  static let largestNumber = 99_999

  private var count = 0
  private var numbers: [Int] = [0]

  public init() {}

  public mutating func feed(_ code: UInt32) -> Step {
    count += 1
    switch count {
    case 1: return code == UInt32(UInt8(ascii: "[")) ? .more : .notMouse([code])
    case 2: return code == UInt32(UInt8(ascii: "<")) ? .more : .notMouse([UInt32(UInt8(ascii: "[")), code])
    default: break
    }
    guard count <= Self.longest else { return .done(nil) }
    switch code {
    case 0x30...0x39:
      numbers[numbers.count - 1] = min(Self.largestNumber, numbers[numbers.count - 1] * 10 + Int(code - 0x30))
      return .more
    case 0x3B:  // ;
      // A fourth number makes it malformed, but it is read to its end all the same.
      if numbers.count < 4 { numbers.append(0) }
      return .more
    case 0x4D, 0x6D:  // M, m
      guard numbers.count == 3 else { return .done(nil) }
      return .done(Self.event(button: numbers[0], column: numbers[1], row: numbers[2], pressed: code == 0x4D))
    default:
      return .done(nil)
    }
  }

  /// The dashboard's event for a report: a press of the first button is a click, buttons 64
  /// and 65 the wheel; the modifier bits (4, 8, 16) do not matter. Columns and rows count from
  /// 1; a 0 is malformed.
  static func event(button: Int, column: Int, row: Int, pressed: Bool) -> Event? {
    guard pressed, column >= 1, row >= 1 else { return nil }
    let action: MouseEvent.Action
    switch button & ~(4 | 8 | 16) {
    case 0: action = .click
    case 64: action = .wheelUp
    case 65: action = .wheelDown
    default: return nil
    }
    return .mouse(MouseEvent(x: column - 1, y: row - 1, action: action))
  }
}
