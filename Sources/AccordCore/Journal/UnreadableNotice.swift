/// The journal's rows that cannot be read, said once: a line each, up to a screenful.
public enum UnreadableNotice {
  public static let limit = 20

  public static func lines(_ unreadable: [UnreadableUpdate], path: String) -> [String] {
    let named = unreadable.prefix(limit).map { "\(path): \($0)" }
    let more = unreadable.count > limit ? ["\(path): \(unreadable.count - limit) more updates cannot be read"] : []
    return named + more
  }

  /// One line for the dashboard's bottom line; nil when every row was read.
  public static func summary(_ unreadable: [UnreadableUpdate], path: String) -> String? {
    guard let first = unreadable.first else { return nil }
    let number = first.number.map { "#\($0)" } ?? "without a number"
    let rows = unreadable.count == 1 ? "row \(number)" : "\(unreadable.count) rows, first \(number)"
    return "\(path): left out unreadable \(rows) (\(first.problem))"
  }
}
