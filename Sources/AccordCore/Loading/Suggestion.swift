/// "Did you mean" for misspelt keys and values, so a typo is not a riddle.
package enum Suggestion {
  /// The closest candidate within a small edit distance, if any. Only for words and candidates
  /// of at most `longestWord` code points (a misspelt key is short; a huge value is no typo),
  /// and at most `candidateLimit` candidates: the work is bounded whatever the file holds.
  package static func closest(to word: String, in candidates: [String]) -> String? {
    guard isShort(word) else { return nil }
    let lowered = word.lowercased()
    let length = lowered.count
    var best: (candidate: String, distance: Int)?
    for candidate in candidates.prefix(candidateLimit) where isShort(candidate) {
      let other = candidate.lowercased()
      // The distance is at least the difference in length, and more than 3 is never allowed.
      guard abs(other.count - length) <= 3 else { continue }
      let distance = editDistance(lowered, other)
      if distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, min(3, best.candidate.count / 3))
    return best.distance <= allowed ? best.candidate : nil
  }

  package static let longestWord = 64
  package static let candidateLimit = 1_000

  private static func isShort(_ word: String) -> Bool {
    word.unicodeScalars.prefix(longestWord + 1).count <= longestWord
  }

  /// Levenshtein distance over characters.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }

  /// ` (did you mean 'x'?)`, or nothing.
  package static func hint(for word: String, in candidates: [String]) -> String {
    closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }
}
