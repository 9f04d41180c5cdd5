import AccordCore
import Testing

/// The orders meetings are listed in: each a strict order of its own, whatever the file's order.
@Suite struct MeetingOrderTests {
  /// The bundled plan's meetings, with dates of every precision and none, and ties on the date.
  static let meetings: [Meeting] = (try? PlanLoader.bundled().meetings) ?? []

  @Test(arguments: [MeetingOrder.byLatestDay, .mostRecentFirst, .chronological])
  func theOrderNeverDependsOnTheFilesOrder(order: MeetingOrder) {
    let once = Self.meetings.sorted(order)
    #expect(once.count == 68)
    var generator = SplitMix64(seed: 26)
    for _ in 0..<5 {
      #expect(Self.meetings.shuffled(using: &generator).sorted(order).map(\.id) == once.map(\.id))
    }
    // Every neighbour in order before the next: the sort and the comparison agree.
    for (a, b) in zip(once, once.dropFirst()) {
      #expect(order.isBefore(a, b) && !order.isBefore(b, a), "\(a.id) before \(b.id)")
    }
  }

  @Test func mostRecentFirstIsByLatestDayReversedWithTheUndatedLast() {
    let dated = Self.meetings.filter { $0.date != nil }
    #expect(dated.sorted(.mostRecentFirst).map(\.id) == dated.sorted(.byLatestDay).reversed().map(\.id))
    let recent = Self.meetings.sorted(.mostRecentFirst)
    #expect(recent.drop { $0.date != nil }.allSatisfy { $0.date == nil }, "the undated at the end")
  }
}
