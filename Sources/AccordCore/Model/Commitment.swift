/// One bullet of the plan, word for word, with what is known of its implementation.
public struct Commitment: Sendable, Equatable, Identifiable {
  /// `sector.n`, e.g. `16.3`: stable across editions of the data.
  public var id: String
  public var text: String
  public var kind: Kind
  /// The deadline the text itself gives, if any ("in 2023", "2023-2024").
  public var target: Target?
  /// The bodies its own text names, by id (`Plan.bodies`), both sides where it names both.
  public var bodies: [String]
  /// What its text names that is no one body (a joint committee, "border provinces"), as written.
  public var alsoNamed: [String]
  /// Who carries it (`Body.label`), as the agency view, `--agency` and briefings group it: the
  /// bodies its text names or, when it names none, its sector's line ministries. Set by the loader.
  public var carriers: [String] = []
  /// Its carriers are its sector's line ministries, as its text names no body: screens say so.
  public var carriedBySector = false
  public var status: CommitmentStatus
  public var evidence: [Evidence]
  /// The dated acts the text names, when it names more than one ("a visit in 2023, a seminar
  /// in 2024"): each has its own due date, status and evidence.
  public var milestones: [Milestone]
  /// The id of the commitment of the plan this one follows (`PlanInfo.succeeds`) that it carries on.
  public var continues: String?
  /// `reported` when the status rests only on reported evidence: shown as such, never passed
  /// off as confirmed. Set by `Plan.asOf(_:)`.
  public var statusConfidence: Confidence = .confirmed

  /// Its status rests only on reported evidence: counted and shown as such everywhere.
  public var isReportedOnly: Bool { status != .unknown && statusConfidence == .reported }

  public init(
    id: String, text: String, kind: Kind, target: Target? = nil, bodies: [String] = [], alsoNamed: [String] = [],
    status: CommitmentStatus = .unknown, evidence: [Evidence] = [], milestones: [Milestone] = [],
    continues: String? = nil, carriers: [String] = []
  ) {
    self.id = id
    self.text = text
    self.kind = kind
    self.target = target
    self.bodies = bodies
    self.alsoNamed = alsoNamed
    self.status = status
    self.evidence = evidence
    self.milestones = milestones
    self.continues = continues
    self.carriers = carriers
  }

  public enum Kind: String, Sendable, CaseIterable {
    /// Gets done once: sign an MoU, hold the 3rd JTC, build a bridge.
    case deliverable
    /// Goes on for the whole period: maintain, promote, continue.
    case continuous
  }

  /// A deliverable whose target, or one of whose milestones, has passed without a report that
  /// it was done.
  public func isOverdue(on today: Day) -> Bool {
    if kind == .deliverable, status != .done, let target, target.deadline < today { return true }
    return milestones.contains { $0.dueState(on: today) == .overdue }
  }

  /// The deadline it is overdue against: its own target, else its first overdue milestone's.
  public func overdueTarget(on today: Day) -> Target? {
    guard isOverdue(on: today) else { return nil }
    if kind == .deliverable, let target, target.deadline < today { return target }
    return overdueMilestones(on: today).first?.due.target
  }

  /// Its milestones that are overdue on `today`.
  public func overdueMilestones(on today: Day) -> [Milestone] {
    milestones.filter { $0.dueState(on: today) == .overdue }
  }
}

/// Where a commitment stands, as reported by a source; `unknown` when nothing is reported.
public enum CommitmentStatus: String, Sendable, CaseIterable {
  case done
  case inProgress = "in-progress"
  /// A continuous commitment with reported activity.
  case continuous
  case notStarted = "not-started"
  case unknown
}

/// A target year, month or day, or a span of them ("2023-2024"): met until the end of the span.
public struct Target: Sendable, Equatable, CustomStringConvertible {
  public var start: PlanDate
  public var end: PlanDate

  public init(start: PlanDate, end: PlanDate) {
    self.start = start
    self.end = end
  }

  public init(_ date: PlanDate) { self.init(start: date, end: date) }

  public var deadline: Day { end.latestDay }

  public var description: String { start == end ? "\(start)" : "\(start)-\(end)" }
}

/// A dated, sourced report about a commitment, a milestone or a meeting.
public struct Evidence: Sendable, Equatable {
  public var date: PlanDate
  public var summary: String
  public var source: String
  /// The source's address, where it has one.
  public var url: String?
  public var confidence: Confidence
  /// The status this report supports from the day it is known; nil (`none` in the file): it
  /// supports none, it is context (a pledge, talks, an agreement "to strengthen").
  public var status: CommitmentStatus?
  /// Who recorded it and when, for updates from the journal; nil for the plan file's own.
  public var recording: Recording?
  /// The date of the source itself, when it is later than or more precise than `date` (a
  /// signing on 4 December reported on the 6th): nothing is known before it.
  public var published: PlanDate?

  public init(
    date: PlanDate, summary: String, source: String, url: String? = nil,
    confidence: Confidence = .confirmed, status: CommitmentStatus? = nil, recording: Recording? = nil,
    published: PlanDate? = nil
  ) {
    self.date = date
    self.summary = summary
    self.source = source
    self.url = url
    self.confidence = confidence
    self.status = status
    self.recording = recording
    self.published = published
  }
}

/// Who recorded an update in the journal, and when: recorded with it, never typed.
public struct Recording: Sendable, Equatable, Codable {
  /// The operating-system account, e.g. `somchai`.
  public var author: String
  /// The full name from the account's GECOS field, when it has one.
  public var authorName: String?
  /// When it was recorded, ISO 8601 in UTC: `2026-11-25T06:30:00Z`.
  public var recordedAt: String
  /// The update's number in its journal, for `--corrects`.
  public var journalID: Int?

  public init(author: String, authorName: String? = nil, recordedAt: String, journalID: Int? = nil) {
    self.author = author
    self.authorName = authorName
    self.recordedAt = recordedAt
    self.journalID = journalID
  }
}

/// How far a source can be trusted: aggregator sites and inferred years are only `reported`.
public enum Confidence: String, Sendable, CaseIterable, Codable {
  case confirmed
  case reported
}
