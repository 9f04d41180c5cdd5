extension Array {
  /// In elements sorted by where they start, the index of the last one starting at or before
  /// `offset` (the first if none does): a binary search.
  func lastIndex(startingAtOrBefore offset: Int, start: (Element) -> Int) -> Int {
    var low = 0
    var high = count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if start(self[middle]) <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
