import AccordCore

/// The day of the briefing a file holds, read from its start: `briefing as of 2026-11-24` (the
/// Markdown's first line, the HTML's title) or `"today": "2026-11-24"` (the JSON's). A briefing
/// written over the last one then lists what was reported since that one (`--since`'s default).
public enum LastBriefingDay {
  /// How much of the file's start is read: the day is in its first lines.
  public static let prefixLength = 4096

  public static func find(in start: String) -> Day? {
    for marker in ["briefing as of ", "\"today\": \""] {
      guard let range = start.range(of: marker) else { continue }
      if let day = Day(iso: String(start[range.upperBound...].prefix(10))) { return day }
    }
    return nil
  }
}
