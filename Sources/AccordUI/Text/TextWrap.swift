/// Breaking text into lines of at most a given number of columns: at spaces where it can, and
/// between grapheme clusters inside a word too long for a line (Lao and Khmer write no spaces
/// between words, so a long run must still break somewhere).
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = Substring(word)
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while wordWidth > width {
        let head = TextFit.prefix(String(word), columns: width)
        // A cluster wider than the line (a CJK character in one column) still has to go.
        let taken = head.isEmpty ? String(word.prefix(1)) : head
        lines.append(taken)
        word = word.dropFirst(taken.count)
        wordWidth = DisplayWidth.of(word)
      }
      line = String(word)
      lineWidth = wordWidth
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }
}
