/// One update recorded in a journal: what happened to a commitment, a milestone or a meeting.
/// Never changed once recorded; a correction is a new update naming the one it corrects.
public struct JournalUpdate: Sendable, Equatable, Codable {
  public enum TargetKind: String, Sendable, CaseIterable, Codable {
    case commitment, milestone, meeting
  }

  /// The journal's number for it; nil until recorded.
  public var id: Int?
  public var targetKind: TargetKind
  /// A commitment (`16.3`), a milestone (`8.4a`) or a meeting id.
  public var targetID: String
  /// A `CommitmentStatus` or, for a meeting, `held`, `postponed`, `cancelled` or `planned`.
  public var status: String
  /// When it happened, at the precision the source gives.
  public var date: PlanDate
  public var note: String
  public var source: String
  public var url: String?
  public var confidence: Confidence
  /// The update this one corrects.
  public var corrects: Int?
  /// Who recorded it and when: set by the journal, never typed.
  public var recording: Recording?
  /// Chosen once, before the first attempt to record it on a server: sent again after an
  /// outcome that is not known (the connection lost while committing, the outbox), the server
  /// finds it recorded and does not record it twice.
  public var key: String?

  public init(
    id: Int? = nil, targetKind: TargetKind, targetID: String, status: String, date: PlanDate,
    note: String = "", source: String = "", url: String? = nil, confidence: Confidence = .confirmed,
    corrects: Int? = nil, recording: Recording? = nil
  ) {
    self.id = id
    self.targetKind = targetKind
    self.targetID = targetID
    self.status = status
    self.date = date
    self.note = note
    self.source = source
    self.url = url
    self.confidence = confidence
    self.corrects = corrects
    self.recording = recording
  }

  /// Whether an update may be dated after the day it is recorded: only a meeting announced
  /// (planned or postponed) ahead; everything else is recorded once it happened.
  public static func mayBeAhead(_ kind: TargetKind, status: String) -> Bool {
    kind == .meeting && ["planned", "postponed"].contains(status)
  }

  /// The statuses a meeting update may give.
  public static let meetingStatuses = ["held", "postponed", "cancelled", "planned"]
}

extension JournalUpdate {
  /// The evidence item's summary: the note, or what the update says when it has none.
  public var summary: String { note.isEmpty ? "\(targetKind.rawValue) \(targetID): \(status)" : note }
}

extension JournalUpdate {
  /// The first day it could be known, by the rule its evidence follows in the plan (`KnownDay`).
  public var knownFrom: Day {
    targetKind == .meeting
      ? KnownDay.ofMeetingNews(date, recordedOn: recording?.day) : KnownDay.of(date, recordedOn: recording?.day)
  }
}
