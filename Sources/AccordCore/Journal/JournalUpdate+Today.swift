#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalUpdate {
  /// Whatever day a command was told it is (`--today`), nothing is recorded as having happened
  /// after the system's today (`clock`); only a meeting may be announced for a later day.
  /// Every journal checks it as it records.
  public func refusalAfterToday(clock: Day) -> JournalError? {
    guard !Self.mayBeAhead(targetKind, status: status), date.earliestDay > clock else { return nil }
    return .refused(.afterToday(date: date, clock: clock))
  }
}

extension Day {
  /// Today in the local time zone, by the system's clock.
  public static func localToday() -> Day {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }
}
