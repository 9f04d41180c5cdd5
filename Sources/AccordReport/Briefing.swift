import AccordCore

/// The facts of a briefing as of one day, whatever the format: countdowns, pace, a table per
/// pillar, what is overdue, what was reported since a day, and the meetings. Every renderer
/// draws from this value and from nothing else.
public struct Briefing: Sendable, Equatable {
  /// The JSON schema's name and version (docs/report-format.md).
  public static let format = "accord-report/2"

  public var title: String
  public var shortTitle: String
  /// The plan's short id (`PlanInfo.key`), which names it among several.
  public var key: String
  /// The titles in other languages, for the formats a person reads (JSON keeps the English).
  public var otherTitles: [String: String]
  public var otherShortTitles: [String: String]
  /// The title of the plan this one follows (`succeeds:`), whose commitments some of its own
  /// carry on (`CommitmentFacts.continues`).
  public var succeeds: String?
  public var today: Day
  /// The first day of "reported since".
  public var since: Day
  public var scope: BriefingScope
  public var countdown: Countdown
  public var pace: Pace
  public var pillars: [PillarFacts]
  /// The bodies that carry the commitments in scope, each with what it carries.
  public var carriers: [CarrierFacts]
  /// Deliverables and milestones whose due date has passed without a report that they were
  /// done, longest overdue first.
  public var overdue: [OverdueItem]
  /// Evidence dated from `since` to `today`, and journal updates recorded then, newest first.
  public var reportedSince: [ReportedItem]
  /// Deliverables and milestones not done whose due date ends from `today` to the next dated
  /// meeting's last day (90 days on when no meeting to come has a date), soonest first.
  public var dueBeforeNextMeeting: [DueItem]
  /// The plan's own meetings still to come, soonest first, those with no day yet after the
  /// dated ones (at most ten).
  public var nextMeetings: [MeetingFacts]
  /// Meetings planned or expected whose last possible day has passed with no report that
  /// they were held.
  public var unreportedMeetings: [MeetingFacts]
  /// Every dated meeting in scope, for the period's timeline.
  public var timeline: [MeetingFacts]
}

/// Which part of the plan a briefing covers: one pillar, one agency's commitments, or all.
public struct BriefingScope: Sendable, Equatable {
  /// An index into the plan's pillars.
  public var pillar: Int?
  /// Commitments whose agencies name this text (case does not matter).
  public var agency: String?

  public init(pillar: Int? = nil, agency: String? = nil) {
    self.pillar = pillar
    self.agency = agency
  }

  public var isWholePlan: Bool { pillar == nil && agency == nil }
}

public struct Countdown: Sendable, Equatable {
  public var periodStart: Day
  public var periodEnd: Day
  public var daysToPeriodEnd: Int
  public var validUntil: Day
  public var daysToValidityEnd: Int
  /// `not-yet-signed`, `running`, `period-ended` or `expired`.
  public var phase: String
}

/// Time gone against work done.
public struct Pace: Sendable, Equatable {
  /// Share of the period gone by the end of the day, 0 to 1.
  public var periodGone: Double
  public var deliverables: Int
  public var deliverablesDone: Int
  public var milestones: Int
  public var milestonesDone: Int
}

public struct PillarFacts: Sendable, Equatable {
  public var id: String
  public var name: String
  public var commitments: [CommitmentFacts]
  /// The name in other languages, by code, where the plan gives it (csv and json keep `name`).
  public var otherNames: [String: String] = [:]

  public var deliverables: Int { commitments.count(where: { $0.kind == .deliverable }) }
  public var deliverablesDone: Int { commitments.count(where: { $0.kind == .deliverable && $0.status == .done }) }
  public var overdue: Int { commitments.count(where: \.isOverdue) }
  public func count(_ status: CommitmentStatus) -> Int { commitments.count(where: { $0.status == status }) }
  /// How many of those with `status` have it only from reported evidence.
  public func reportedOnly(_ status: CommitmentStatus) -> Int {
    commitments.count(where: { $0.status == status && $0.confidence == .reported })
  }
}

public struct CommitmentFacts: Sendable, Equatable {
  public var id: String
  public var pillarID: String
  public var sectorID: String
  public var sectorName: String
  public var text: String
  public var kind: Commitment.Kind
  public var status: CommitmentStatus
  /// How far the status can be trusted: `reported` when it rests only on reported
  /// evidence; nil when nothing is reported.
  public var confidence: Confidence?
  /// The commitment's target, or its milestones' due dates.
  public var targets: [String]
  /// Days since the deadline passed, for an overdue deliverable.
  public var daysOverdue: Int?
  /// Who carries it (`Commitment.carriers`): the bodies its text names, else its sector's.
  public var agencies: [String]
  public var latestEvidence: EvidenceFacts?
  public var milestones: [MilestoneFacts]
  /// The id of the commitment of the plan this one follows that it carries on (`continues:`).
  public var continues: String?
  /// The sector's name in other languages, by code, where the plan gives it.
  public var otherSectorNames: [String: String] = [:]

  /// Overdue itself or through one of its milestones.
  public var isOverdue: Bool { daysOverdue != nil || milestones.contains { $0.daysOverdue != nil } }
}

public struct MilestoneFacts: Sendable, Equatable {
  public var id: String
  public var what: String
  public var due: String
  public var status: CommitmentStatus
  public var confidence: Confidence?
  public var daysOverdue: Int?
}

public struct EvidenceFacts: Sendable, Equatable {
  public var date: PlanDate
  public var summary: String
  public var source: String
  public var url: String?
  public var confidence: Confidence
  /// The journal's author and time, for updates recorded in it.
  public var recordedBy: String?
  public var recordedAt: String?
}

/// A deliverable or a milestone not done yet, due soon.
public struct DueItem: Sendable, Equatable {
  public var id: String
  public var commitmentID: String
  public var what: String
  public var due: String
  public var deadline: Day
}

/// A deliverable or a milestone overdue, as `PlanFacts` finds it.
public typealias OverdueItem = OverdueFact

public struct ReportedItem: Sendable, Equatable {
  public typealias Subject = ReportedFact.Subject
  public var subject: Subject
  public var id: String
  public var evidence: EvidenceFacts
  /// Who led the meeting on each side, for a meeting's report, where a source names them.
  public var leaders: MeetingLeaders?
}

/// A meeting as the plan gives it, with the days until it starts as seen from the briefing's
/// day; its fields read through (`facts.title`).
@dynamicMemberLookup
public struct MeetingFacts: Sendable, Equatable {
  public var meeting: Meeting
  /// Days until it starts, when its day is known.
  public var daysUntil: Int?

  public subscript<Value>(dynamicMember field: KeyPath<Meeting, Value>) -> Value { meeting[keyPath: field] }
}
