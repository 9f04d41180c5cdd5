import AccordCore
import Testing

@Suite struct DayTests {
  @Test func parsesRealDaysAndRefusesImpossibleOnes() {
    #expect(Day(iso: "2023-02-13") == Day(year: 2023, month: 2, day: 13))
    #expect(Day(iso: "2024-02-29") != nil, "2024 is a leap year")
    #expect(Day(iso: "2023-02-29") == nil)
    #expect(Day(iso: "2023-02-30") == nil)
    #expect(Day(iso: "1900-02-29") == nil, "century years are not leap years")
    #expect(Day(iso: "2000-02-29") != nil, "but every 400th is")
    #expect(Day(iso: "2023-13-01") == nil)
    #expect(Day(iso: "2023-1-01") == nil)
    #expect(Day(iso: "2023-01-01T00:00") == nil)
    #expect(Day(iso: "") == nil)
  }

  @Test func countsDaysAcrossLeapYears() {
    let signed = Day(year: 2023, month: 2, day: 13)
    #expect(
      signed.days(until: Day(year: 2028, month: 2, day: 13)) == 5 * 365 + 1,
      "one leap day: 2024-02-29 (2028-02-29 comes after the 13th)")
    #expect(Day(year: 2024, month: 2, day: 28).days(until: Day(year: 2024, month: 3, day: 1)) == 2)
    #expect(Day(year: 2023, month: 2, day: 28).days(until: Day(year: 2023, month: 3, day: 1)) == 1)
    #expect(Day(year: 2026, month: 11, day: 24).days(until: Day(year: 2027, month: 12, day: 31)) == 402)
  }

  @Test func ordinalRoundTripsOverCenturies() {
    var day = Day(year: 1899, month: 12, day: 25)
    for _ in 0..<80_000 {
      let next = day.adding(days: 1)
      #expect(Day(ordinal: day.ordinal) == day)
      #expect(next.ordinal == day.ordinal + 1)
      #expect(day < next && !(next < day), "\(day) before \(next)")
      day = next
    }
    #expect(Day(year: 1970, month: 1, day: 1).ordinal == 0)
  }

  @Test func printsAsISO() {
    #expect(Day(year: 2027, month: 12, day: 31).description == "2027-12-31")
    #expect(Day(year: 987, month: 1, day: 2).description == "0987-01-02")
  }
}
