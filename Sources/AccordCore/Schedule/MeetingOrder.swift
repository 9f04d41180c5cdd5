/// The orders meetings are listed in. A sort compares the facts it needs, taken from each
/// meeting once: comparing meetings themselves copied both at every comparison (dozens of
/// references each), and sorting the bundled plan's 68 meetings four times was 9% of the
/// dashboard's start.
public enum MeetingOrder: Sendable {
  /// By the last day each meeting can fall on, so "2026" (some time this year) comes after a
  /// known day in December 2026; then by the first day; undated last; then by title, so the
  /// order never depends on the file's.
  case byLatestDay
  /// The reverse of `byLatestDay` for dated meetings; held meetings of unknown date at the end.
  case mostRecentFirst
  /// By date as written (`PlanDate`'s order), undated last, then by identifier.
  case chronological

  /// What a meeting is ordered by.
  public struct Key: Sendable {
    let date: PlanDate?
    let title: String
    let id: String

    public init(_ meeting: Meeting) {
      date = meeting.date
      title = meeting.title
      id = meeting.id
    }
  }

  public func isBefore(_ a: Key, _ b: Key) -> Bool {
    switch self {
    case .byLatestDay:
      switch (a.date, b.date) {
      case (let x?, let y?) where x.latestDay != y.latestDay: x.latestDay < y.latestDay
      case (let x?, let y?) where x.earliestDay != y.earliestDay: x.earliestDay < y.earliestDay
      case (_?, nil): true
      case (nil, _?): false
      default: a.title < b.title
      }
    case .mostRecentFirst:
      switch (a.date, b.date) {
      case (_?, _?): MeetingOrder.byLatestDay.isBefore(b, a)
      case (_?, nil): true
      case (nil, _?): false
      case (nil, nil): a.title < b.title
      }
    case .chronological:
      switch (a.date, b.date) {
      case (let x?, let y?) where x != y: x < y
      case (_?, nil): true
      case (nil, _?): false
      default: a.id < b.id
      }
    }
  }

  public func isBefore(_ a: Meeting, _ b: Meeting) -> Bool { isBefore(Key(a), Key(b)) }
}

extension Array where Element == Meeting {
  public func sorted(_ order: MeetingOrder) -> [Meeting] {
    let keys = map(MeetingOrder.Key.init)
    return keys.indices.sorted { order.isBefore(keys[$0], keys[$1]) }.map { self[$0] }
  }
}
