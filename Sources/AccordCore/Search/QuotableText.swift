/// A searched text that a result's row does not show, with marks that lead from a match in
/// the folded search buffer back to the words in the text, so a result can quote them.
///
/// Folding changes lengths ("é" loses a byte, "ß" becomes "ss"), so a folded offset does not
/// say where the words are; the text is folded in runs of `run` characters, and each run's start
/// is marked in both. Quoting a match then costs a few runs, however long the text.
struct QuotableText: Sendable {
  struct Mark: Sendable {
    /// From the start of the field in the folded buffer.
    var folded: Int
    var original: String.Index
  }

  static let run = 64

  let label: String
  let text: String
  let marks: [Mark]

  /// Folds `text` onto the end of `buffer`, marking where each run starts.
  init(label: String, text: String, foldingInto buffer: inout [UInt8]) {
    self.label = label
    self.text = text
    let start = buffer.count
    var marks: [Mark] = []
    var index = text.startIndex
    while index < text.endIndex {
      let end = text.index(index, offsetBy: Self.run, limitedBy: text.endIndex) ?? text.endIndex
      marks.append(Mark(folded: buffer.count - start, original: index))
      buffer += SearchFolding.fold(text[index..<end]).utf8.filter { $0 != 0 }
      index = end
    }
    self.marks = marks
  }

  /// The match of `length` folded bytes at folded offset `offset`, with a run of context either
  /// side: at most a run before the match's own run and one after it.
  func quote(at offset: Int, length: Int) -> SearchHit.Elsewhere {
    let first = marks.lastIndex(startingAtOrBefore: offset) { $0.folded }
    let through = marks.lastIndex(startingAtOrBefore: offset + max(0, length - 1)) { $0.folded }
    let start = marks[max(0, first - 1)].original
    let end = through + 2 < marks.count ? marks[through + 2].original : text.endIndex
    return SearchHit.Elsewhere(label: label, excerpt: text[start..<end])
  }
}
