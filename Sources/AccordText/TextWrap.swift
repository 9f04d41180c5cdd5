import AccordLocalization

/// Breaking text into lines of at most a given number of columns: at spaces where it can; in
/// Lao and Khmer, which write no spaces between words, also between the words ICU's dictionary
/// finds (`WordBreaks`, loaded only for text in those scripts); and between grapheme clusters
/// inside a word too long for a line. Never inside a cluster. Each cluster is measured once, so
/// the work is linear in the text's length, however long a word.
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      for (index, piece) in pieces(of: word).enumerated() {
        // A space before a new word; the pieces of one word join with nothing between them.
        let gap = index == 0 ? 1 : 0
        let pieceWidth = DisplayWidth.of(piece)
        if lineWidth > 0 && lineWidth + gap + pieceWidth <= width {
          line += (gap == 1 ? " " : "") + piece
          lineWidth += gap + pieceWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        guard pieceWidth > width else {
          line = String(piece)
          lineWidth = pieceWidth
          continue
        }
        // Too long for any line: full lines of it, the rest starts the next line. A cluster
        // wider than the line (a CJK character in one column) still gets a line of its own.
        for character in piece {
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
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// A run without spaces as the words a line may break between: the dictionary's words for
  /// Lao and Khmer (cut only where a cluster ends), the run itself otherwise or without ICU.
  static func pieces(of word: Substring) -> [Substring] {
    guard WordBreaks.needsDictionary(String(word)), let offsets = WordBreaks.boundaries(in: String(word)),
      offsets.count > 2
    else { return [word] }
    let breaks = Set(offsets)
    var pieces: [Substring] = []
    var start = word.startIndex
    var offset = 0
    for index in word.indices {
      offset += word[index].utf16.count
      let end = word.index(after: index)
      if breaks.contains(offset) && end < word.endIndex {
        pieces.append(word[start..<end])
        start = end
      }
    }
    pieces.append(word[start...])
    return pieces
  }
}
