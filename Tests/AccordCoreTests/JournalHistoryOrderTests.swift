import AccordCore
import Testing

/// The journal's history, newest first, over random journals: by the date the thing happened
/// (the earlier first day is older; on the same first day, the shorter date), then by number.
@Suite struct JournalHistoryOrderTests {
  @Test(arguments: 0..<10)
  func updates_come_newest_first_by_date_then_number(seed: UInt64) throws {
    let plan = try PlanLoader.bundled()
    var random = SplitMix64(seed: seed)
    let journal = RandomJournal(plan: plan).updates(count: 300, using: &random)
    let history = JournalHistory(updates: journal, plan: plan, today: Day(year: 2027, month: 1, day: 1))
    let updates = history.newestFirst
    for (newer, older) in zip(updates, updates.dropFirst()) {
      let inOrder = newer.date != older.date ? older.date < newer.date : (newer.id ?? 0) > (older.id ?? 0)
      #expect(inOrder, "#\(newer.id ?? 0) \(newer.date) before #\(older.id ?? 0) \(older.date)")
    }
    #expect(Set(updates.compactMap(\.id)).count == updates.count)
  }
}
