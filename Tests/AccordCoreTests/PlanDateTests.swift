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

  /// Read from the bytes since a journal holds 100,000 of them: only ASCII digits and dashes
  /// in the three shapes, as before.
  @Test func takesOnlyAsciiDigitsInTheThreeShapes() {
    for text in [
      "２０２４", "2٠24", "2024\u{301}", "2024-", "2024-1", "-2024", "20245", "2024-06-", "2024-06-1", "2024--06", "+2024",
      " 2024", "2024-0a",
    ] {
      #expect(PlanDate(iso: text) == nil, "\(text)")
      #expect(Day(iso: text) == nil, "\(text)")
    }
    #expect(PlanDate(iso: "0001-01") == .month(year: 1, month: 1))
    #expect(PlanDate(iso: "2024-00") == nil)
    #expect(Day(iso: "2024-06-00") == nil)
    #expect(Day(iso: "9999-12-31") == Day(year: 9999, month: 12, day: 31))
  }

  @Test func spansTheWholeMonthOrYear() {
    #expect(PlanDate.month(year: 2024, month: 2).latestDay == Day(year: 2024, month: 2, day: 29))
    #expect(PlanDate.month(year: 2023, month: 2).latestDay == Day(year: 2023, month: 2, day: 28))
    #expect(PlanDate.year(2023).earliestDay == Day(year: 2023, month: 1, day: 1))
    #expect(PlanDate.year(2023).latestDay == Day(year: 2023, month: 12, day: 31))
  }

  @Test func ordersPartialDatesSensibly() {
    let dates: [PlanDate] = [
      .year(2024), .month(year: 2024, month: 1), .day(year: 2024, month: 1, day: 1),
      .day(year: 2023, month: 12, day: 31), .month(year: 2024, month: 3),
    ]
    #expect(dates.sorted().map(\.description) == ["2023-12-31", "2024-01-01", "2024-01", "2024", "2024-03"])
  }
}
