import AccordCore
import AccordUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Milliseconds since the epoch on the wall clock, which the minute ticks follow.
public enum WallClock {
  public static func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
  }

  /// The first whole multiple of `interval` after `milliseconds`: the next whole minute for
  /// 60,000, the next whole second for 1,000.
  public static func next(_ interval: Int, after milliseconds: Int) -> Int {
    (milliseconds / interval + 1) * interval
  }

  /// The local date and time at `milliseconds` since the epoch.
  public static func local(at milliseconds: Int) -> WallTime {
    var seconds = time_t(milliseconds / 1000)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return WallTime(
      day: Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)),
      hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
  }
}
