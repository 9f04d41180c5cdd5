/// A meeting, visit, signing or summit that bears on the plan, past or to come.
public struct Meeting: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var type: MeetingType
  /// Nil when no source gives even a year.
  public var date: PlanDate?
  /// The last day of a meeting that lasts several days.
  public var end: Day?
  public var place: String?
  public var status: MeetingStatus
  public var confidence: Confidence
  /// Sector ids, or `all`.
  public var sectors: [String]
  public var commitments: [String]
  public var source: String
  public var url: String?
  public var note: String?
  /// Context for the plan (a meeting of other parties that bears on it), not one of its own:
  /// shown apart and never counted as the plan's.
  public var isContext: Bool
  /// Later reports of what became of it (held, postponed, cancelled, planned anew), from the
  /// journal or the file: `Plan.asOf(_:)` applies the newest known on a day.
  public var evidence: [MeetingEvidence]
  /// The source that first made it known before it took place, and when; nil when it is known
  /// only from its reports (`knownFrom`).
  public var announced: Announcement?
  /// The date of `source` itself (its first report), when the source gives one.
  public var published: PlanDate?
  /// The milestone this meeting is (`16.3b`, the annual JTC of 2024): once it is held, on file
  /// or in the journal, the milestone is done.
  public var fulfils: String?
  /// Who led it on each side, where a source names them (`led_by`).
  public var ledBy: MeetingLeaders?
  /// The title in other languages, by ISO 639-1 code (`lo`, `km`), where the plan file gives it.
  public var otherTitles: [String: String] = [:]

  public init(
    id: String, title: String, type: MeetingType, date: PlanDate?, end: Day? = nil,
    place: String? = nil, status: MeetingStatus, confidence: Confidence = .confirmed,
    sectors: [String] = [], commitments: [String] = [], source: String, url: String? = nil,
    note: String? = nil, isContext: Bool = false, evidence: [MeetingEvidence] = [], announced: Announcement? = nil,
    published: PlanDate? = nil, fulfils: String? = nil, ledBy: MeetingLeaders? = nil
  ) {
    self.id = id
    self.title = title
    self.type = type
    self.date = date
    self.end = end
    self.place = place
    self.status = status
    self.confidence = confidence
    self.sectors = sectors
    self.commitments = commitments
    self.source = source
    self.url = url
    self.note = note
    self.isContext = isContext
    self.evidence = evidence
    self.announced = announced
    self.published = published
    self.fulfils = fulfils
    self.ledBy = ledBy
  }
  /// The title in the language of `code`, else the English one.
  public func title(in code: String) -> String { otherTitles[code] ?? title }

}

/// A dated source that made a meeting known before it took place: "scheduled for 10-12
/// November" in a January report, or the plan's own text for the meetings it schedules.
public struct Announcement: Sendable, Equatable {
  public var date: PlanDate
  public var source: String
  public var url: String?

  public init(date: PlanDate, source: String, url: String? = nil) {
    self.date = date
    self.source = source
    self.url = url
  }
}

public enum MeetingType: String, Sendable, CaseIterable {
  case jointCommission = "joint-commission"
  case jointTradeCommission = "joint-trade-commission"
  case jointBorderCommittee = "joint-border-committee"
  case workingGroup = "working-group"
  case sectorMeeting = "sector-meeting"
  case visit
  case signing
  case clv
  case asean
  case multilateral
  case anniversary
  case other

  /// The plan's own mechanisms, shown prominently on the timeline.
  public var isPrincipal: Bool {
    self == .jointCommission || self == .jointTradeCommission || self == .jointBorderCommittee
  }
}

public enum MeetingStatus: String, Sendable, CaseIterable {
  case held
  case planned
  case expected
  /// Scheduled by the plan or announced, but no source reports it was held.
  case notReported = "not-reported"
  /// Put off, as a source reports; its date is the new one where the source gives it.
  case postponed
  /// Called off, as a source reports: it will not take place.
  case cancelled
}
