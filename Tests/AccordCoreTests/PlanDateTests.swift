import AccordCore
import Testing

@Suite struct PlanDateTests {
  @Test func keepsThePrecisionItWasGiven() {
    #expect(PlanDate(iso: "2024-12-05") == .day(year: 2024, month: 12, day: 5))
    #expect(PlanDate(iso: "2024-09") == .month(year: 2024, month: 9))
    #expect(PlanDate(iso: "2026") == .year(2026))
    #expect(PlanDate(iso: "2024-13") == nil)
    #expect(PlanDate(iso: "2023-02-30") == nil)
    #expect(PlanDate(iso: "26") == nil)
    #expect(PlanDate(iso: "2024/09") == nil)
  }

  @Test func spansTheWholeMonthOrYear() {
    #expect(PlanDate.month(year: 2024, month: 2).latestDay == Day(year: 2024, month: 2, day: 29))
    #expect(PlanDate.month(year: 2023, month: 2).latestDay == Day(year: 2023, month: 2, day: 28))
    #expect(PlanDate.year(2023).earliestDay == Day(year: 2023, month: 1, day: 1))
    #expect(PlanDate.year(2023).latestDay == Day(year: 2023, month: 12, day: 31))
  }

  @Test func ordersPartialDatesSensibly() {
    let dates: [PlanDate] = [.year(2024), .month(year: 2024, month: 1), .day(year: 2024, month: 1, day: 1), .day(year: 2023, month: 12, day: 31), .month(year: 2024, month: 3)]
    #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024-01-01", "2024-01", "2024", "2024-03"])
  }
}
