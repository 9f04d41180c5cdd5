/// A calendar date known to the precision the sources give: a day, a month, or only a year.
///
/// Reports often say "in 2023" or "September 2024"; inventing a day would mislead a briefing,
/// so the precision travels with the date and every comparison respects it.
public enum PlanDate: Hashable, Sendable, Codable {
  case day(year: Int, month: Int, day: Int)
  case month(year: Int, month: Int)
  case year(Int)

  public var year: Int {
    switch self {
    case .day(let year, _, _), .month(let year, _), .year(let year): year
    }
  }

  /// The first day the date can stand for.
  public var earliestDay: Day {
    switch self {
    case .day(let y, let m, let d): Day(year: y, month: m, day: d)
    case .month(let y, let m): Day(year: y, month: m, day: 1)
    case .year(let y): Day(year: y, month: 1, day: 1)
    }
  }

  /// The last day the date can stand for: a target "in 2023" is met until 31 December 2023.
  public var latestDay: Day {
    switch self {
    case .day(let y, let m, let d): Day(year: y, month: m, day: d)
    case .month(let y, let m): Day(year: y, month: m, day: Day.daysIn(month: m, year: y))
    case .year(let y): Day(year: y, month: 12, day: 31)
    }
  }

  public var isExactDay: Bool {
    if case .day = self { return true }
    return false
  }
}

extension PlanDate: Comparable {
  /// Orders by the earliest day; on a tie the more precise date comes first, so "2024-01-01"
  /// sorts before "2024-01", which sorts before "2024".
  public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
    if lhs.earliestDay != rhs.earliestDay { return lhs.earliestDay < rhs.earliestDay }
    return lhs.latestDay < rhs.latestDay
  }
}

extension PlanDate: CustomStringConvertible {
  /// ISO 8601 to the known precision: `2024-12-05`, `2024-09`, `2025`.
  public var description: String {
    switch self {
    case .day(let y, let m, let d): Day(year: y, month: m, day: d).description
    case .month(let y, let m): "\(Day.pad(y, 4))-\(Day.pad(m, 2))"
    case .year(let y): Day.pad(y, 4)
    }
  }
}

extension PlanDate {
  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else, including impossible
  /// days such as `2023-02-30`.
  public init?(iso text: String) {
    guard let fields = Day.isoFields(text) else { return nil }
    switch (fields.month, fields.day) {
    case (nil, _):
      self = .year(fields.year)
    case (let month?, nil):
      guard (1...12).contains(month) else { return nil }
      self = .month(year: fields.year, month: month)
    case (_?, _?):
      guard let day = Day(iso: text) else { return nil }
      self = .day(year: day.year, month: day.month, day: day.day)
    }
  }
}
