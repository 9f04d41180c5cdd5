import AccordCore
import AccordLocalization

extension Writing {
  /// A day of the plan for a person: `2026-11-24` in English, `24 ພະຈິກ 2026` in Lao.
  public func day(_ day: Day) -> String { self.day(year: day.year, month: day.month, day: day.day) }

  /// A date to the precision the sources give it: a day, a month of a year, or a year.
  public func date(_ date: PlanDate) -> String {
    switch date {
    case .day(let year, let month, let day): self.day(year: year, month: month, day: day)
    case .month(let year, let month): self.month(year: year, month: month)
    case .year(let year): number(year)
    }
  }
}
