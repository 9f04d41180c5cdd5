/// What a journal update is about: the plan's ids name which kind it is.
public enum JournalTarget: Sendable, Equatable {
  case commitment(String)
  /// `8.4a`: a milestone of commitment `8.4`.
  case milestone(String)
  case meeting(String)

  public var id: String {
    switch self {
    case .commitment(let id), .milestone(let id), .meeting(let id): id
    }
  }
}

/// The status an update gives its target: a commitment's or milestone's, or a meeting's.
public enum JournalStatus: Sendable, Equatable {
  case commitment(CommitmentStatus)
  case meeting(MeetingStatus)

  public var rawValue: String {
    switch self {
    case .commitment(let status): status.rawValue
    case .meeting(let status): status.rawValue
    }
  }
}

/// One recorded update, as typed by an official, with who recorded it and when.
/// Never changed once recorded: a correction is a new update that names the one it corrects.
public struct JournalUpdate: Sendable, Equatable {
  public var target: JournalTarget
  public var status: JournalStatus
  /// When the thing happened, at its real precision; for a held meeting, the day it was held.
  public var date: PlanDate
  public var note: String
  /// Required for every status but `unknown`.
  public var source: String?
  public var url: String?
  public var confidence: Confidence
  /// The journal number of the update this one corrects.
  public var corrects: Int?
  /// Nil until the journal records it: then the author, the time and the number.
  public var recording: Recording?

  public init(
    target: JournalTarget, status: JournalStatus, date: PlanDate, note: String = "",
    source: String? = nil, url: String? = nil, confidence: Confidence = .confirmed,
    corrects: Int? = nil, recording: Recording? = nil
  ) {
    self.target = target
    self.status = status
    self.date = date
    self.note = note
    self.source = source
    self.url = url
    self.confidence = confidence
    self.corrects = corrects
    self.recording = recording
  }
}

extension JournalTarget {
  /// `commitment`, `milestone` or `meeting`: how a store records which kind of id it is.
  public var kind: String {
    switch self {
    case .commitment: "commitment"
    case .milestone: "milestone"
    case .meeting: "meeting"
    }
  }
}
