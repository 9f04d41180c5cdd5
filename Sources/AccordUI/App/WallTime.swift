import AccordCore

/// The local date and time on the wall clock, as the loop reads it for each tick: the clock
/// on a briefing-room screen, and the day that moves on at midnight.
public struct WallTime: Equatable, Sendable {
  public var day: Day
  public var hour: Int
  public var minute: Int
  public var second: Int

  public init(day: Day, hour: Int, minute: Int, second: Int = 0) {
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// `09:05`.
  public var hoursAndMinutes: String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }
}
