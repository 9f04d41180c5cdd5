import AccordUI

/// Gathers the text of a bracketed paste, a character at a time as `wget_wch` returns it,
/// between the terminal's start and end markers. Pure: the terminal feeds it.
///
/// Bounded, so a paste of a whole file, or an end marker that never comes, cannot hold the
/// dashboard: it keeps the first `kept` code points (more than any field takes) and reads at
/// most `longest` before it stops listening.
public struct PasteCollector: Sendable {
  public static let kept = 16_384
  public static let longest = 1 << 20

  private var scalars = String.UnicodeScalarView()
  private var keptCount = 0
  private var read = 0

  public init() {}

  /// Takes one character; false once `longest` have been read.
  public mutating func feed(_ code: UInt32) -> Bool {
    read += 1
    // A count of its own: a string view counts by walking its UTF-8.
    if keptCount < Self.kept, let scalar = Unicode.Scalar(code) {
      scalars.append(scalar)
      keptCount += 1
    }
    return read < Self.longest
  }

  /// What was pasted, as the dashboard's event. Line breaks and controls are left for the
  /// field that takes it to turn into spaces or drop.
  public var event: Event { .paste(String(scalars)) }
}
