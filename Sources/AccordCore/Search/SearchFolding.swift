import Foundation

/// Text made comparable for search: case, accents and width set aside ("Cafe" finds "Café",
/// "joint" finds "Joint"), while Lao and Khmer, which have neither case nor accents to drop,
/// are compared as written.
public enum SearchFolding {
  public static func fold(_ text: some StringProtocol) -> String {
    String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// Where `query` occurs in `text`, as ranges of `text` (whole grapheme clusters), for
  /// highlighting the words that matched. Empty for an empty query.
  public static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
    let needle = Array(fold(query).unicodeScalars)
    guard !needle.isEmpty else { return [] }
    // Each folded scalar remembers the cluster it came from, so a match maps back to the
    // clusters the user sees, even where folding changed the length ("ß" becomes "ss").
    var folded: [Unicode.Scalar] = []
    var origin: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      for scalar in fold(text[index..<next]).unicodeScalars {
        folded.append(scalar)
        origin.append(index)
      }
      index = next
    }
    var result: [Range<String.Index>] = []
    var start = 0
    while start + needle.count <= folded.count {
      guard folded[start] == needle[0], Array(folded[start..<start + needle.count]) == needle else {
        start += 1
        continue
      }
      let last = origin[start + needle.count - 1]
      result.append(origin[start]..<text.index(after: last))
      start += needle.count
    }
    return result
  }
}
