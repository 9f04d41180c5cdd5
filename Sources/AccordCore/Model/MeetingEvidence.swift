/// A dated, sourced report of what became of a meeting: held on a day, postponed (to a new
/// date, where the source gives one), cancelled, or planned anew.
public struct MeetingEvidence: Sendable, Equatable {
  /// The day it was held; for `planned` and `postponed`, the meeting's new date.
  public var date: PlanDate
  public var status: MeetingStatus
  public var summary: String
  public var source: String
  public var url: String?
  public var confidence: Confidence
  /// Who recorded it and when, for updates from the journal; nil for the plan file's own.
  public var recording: Recording?

  public init(
    date: PlanDate, status: MeetingStatus, summary: String, source: String, url: String? = nil,
    confidence: Confidence = .confirmed, recording: Recording? = nil
  ) {
    self.date = date
    self.status = status
    self.summary = summary
    self.source = source
    self.url = url
    self.confidence = confidence
    self.recording = recording
  }

  /// The first day it could be known (`KnownDay`): the day it happened, the end of its month
  /// or year when the source gives no day, or the day it was recorded when that is earlier.
  public var knownFrom: Day { KnownDay.ofMeetingNews(date, recordedOn: recording?.day) }

  public func isKnown(on day: Day) -> Bool { knownFrom <= day }
}

extension Recording {
  /// The day of `recordedAt` (UTC), nil when it is not an ISO 8601 time.
  public var day: Day? { Day(iso: String(recordedAt.prefix(10))) }
}
