/// A day of the proleptic Gregorian calendar, free of time zones: the plan and its meetings are
/// dated in days, and `--today` fixes one for briefings and tests.
public struct Day: Hashable, Comparable, Sendable, Codable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil for malformed text and impossible days (`2023-02-30`).
  public init?(iso text: String) {
    guard let fields = Day.isoFields(text), let month = fields.month, let day = fields.day,
      (1...12).contains(month), (1...Day.daysIn(month: month, year: fields.year)).contains(day)
    else { return nil }
    self.init(year: fields.year, month: month, day: day)
  }

  /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, unchecked; nil for
  /// anything else. Read from the bytes: it runs for every update a journal holds.
  static func isoFields(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
    let length = text.utf8.count
    guard length == 4 || length == 7 || length == 10 else { return nil }
    var (year, month, day) = (0, 0, 0)
    for (index, byte) in text.utf8.enumerated() {
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      if index < 4 {
        year = year * 10 + digit
      } else if index < 7 {
        month = month * 10 + digit
      } else {
        day = day * 10 + digit
      }
    }
    return (year, length > 4 ? month : nil, length > 7 ? day : nil)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  public init(ordinal: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Whole days from `self` to `other`: positive when `other` is later.
  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// By the fields, as `==` is: the same order as by `ordinal` for real days, without its
  /// divisions (sorting and merging compare days by the thousand).
  public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

  static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension Day: CustomStringConvertible {
  public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))" }
}
