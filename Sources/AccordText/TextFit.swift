/// Cutting text to a number of terminal columns, between grapheme clusters only, with a
/// visible mark where something was left out.
public enum TextFit {
  /// `text` if it fits in `width` columns; otherwise its longest prefix that leaves room for
  /// `ellipsis`, followed by it. Nothing at all when even the ellipsis does not fit.
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    let room = width - DisplayWidth.of(ellipsis)
    guard room >= 0 else { return prefix(text, columns: width) }
    return prefix(text, columns: room) + ellipsis
  }

  /// The longest run of whole clusters from the start that takes at most `columns` columns.
  public static func prefix(_ text: String, columns: Int) -> String {
    // Printable ASCII is a cluster and a column a byte: no clusters to find.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return String(text.utf8.prefix(max(0, columns)))!
    }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      used += DisplayWidth.of(text[index])
      if used > columns { break }
      // A Khmer cluster ending in a coeng (U+17D2) takes the next consonant as its subscript
      // (`ច្ច`): cut there, the subscript would be lost, so the cut comes before it.
      if text[index].unicodeScalars.last?.value != 0x17D2 { end = text.index(after: index) }
    }
    return String(text[..<end])
  }

  /// `text` padded with spaces (or cut) to exactly `width` columns.
  public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }

  /// `text` right-aligned in `width` columns.
  public static func padLeft(_ text: String, to width: Int) -> String {
    let cut = truncate(text, to: width)
    return String(repeating: " ", count: max(0, width - DisplayWidth.of(cut))) + cut
  }
}
