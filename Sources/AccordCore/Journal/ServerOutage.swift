import Foundation
import Synchronization

/// Since when each server has been out of reach in this process: the first failed connection or
/// lost connection sets it, a connection that succeeds clears it. So the dashboard says how long
/// the journal has been unreachable, and each failed attempt to reconnect words it the same
/// (one notice, not one a poll). The PostgreSQL client (`accord-postgres`, a process of its
/// own) is told the time when it starts and tells it with each answer, so a new client goes on
/// from the same time.
public enum ServerOutage {
  private static let since = Mutex<[String: String]>([:])

  /// The time the outage of `server` began, now if it begins now.
  public static func began(_ server: ServerAddress) -> String {
    since.withLock { outages in
      if let time = outages[server.text] { return time }
      let time = utcTime()
      outages[server.text] = time
      return time
    }
  }

  /// The outage of `server`, begun now if it begins now.
  public static func outage(of server: ServerAddress, _ cause: JournalOutage.Cause) -> JournalOutage {
    JournalOutage(server: server.description, since: began(server), cause: cause)
  }

  public static func ended(_ server: ServerAddress) {
    _ = since.withLock { $0.removeValue(forKey: server.text) }
  }

  /// When the outage of `server` began, if it is out of reach.
  public static func current(_ server: ServerAddress) -> String? {
    since.withLock { $0[server.text] }
  }

  /// The outage as another process saw it: begun at `time`, or over when nil.
  public static func adopt(_ server: ServerAddress, since time: String?) {
    since.withLock { $0[server.text] = time }
  }

  /// `14:05:09 UTC`, the bottom line's width.
  static func utcTime() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(format: "%02d:%02d:%02d UTC", parts.tm_hour, parts.tm_min, parts.tm_sec)
  }
}
