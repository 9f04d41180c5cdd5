/// Breaking text into lines of at most a given number of columns: at spaces where it can, and
/// between grapheme clusters inside a word too long for a line (Lao and Khmer write no spaces
/// between words, so a long run must still break somewhere). Each cluster is measured once, so
/// the work is linear in the text's length, however long a word.
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(word)
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
      guard wordWidth > width else {
        line = String(word)
        lineWidth = wordWidth
        continue
      }
      // Too long for any line: full lines of it, the rest starts the next line. A cluster
      // wider than the line (a CJK character in one column) still gets a line of its own.
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if lineWidth > 0 && lineWidth + characterWidth > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line.append(character)
        lineWidth += characterWidth
      }
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }
}
