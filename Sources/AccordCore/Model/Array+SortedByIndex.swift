extension Array {
  /// `sorted(by:)` for elements that are dear to copy, such as a `Meeting` with its dozens of
  /// references: the standard sort moves elements through a temporary at every step, retaining
  /// and releasing each reference (68 meetings sorted four times were 9% of the dashboard's
  /// start); this sorts their indices and copies each element once.
  public func sortedByIndex(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element] {
    try indices.sorted { try areInIncreasingOrder(self[$0], self[$1]) }.map { self[$0] }
  }
}
