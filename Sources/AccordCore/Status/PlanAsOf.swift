/// The plan as it stood on a day: what accord shows for a day follows only from sources dated
/// on or before it. Every screen, check, report and export reads the plan through this one
/// projection, so none of them can show tomorrow's news today.
extension Plan {
  /// Only evidence known on `day` (`KnownDay`: "2024-12" is known from 31 December); each
  /// status is the one its newest known evidence supports; only the meetings known by then
  /// (`Meeting.knownFrom`), and a meeting that had not yet begun is not yet held; a milestone
  /// whose meeting (`fulfils`) was held by then is done.
  public func asOf(_ day: Day) -> Plan {
    // Only what the day changes is written: the rest goes on sharing the plan's storage, so
    // a plan seen after its last report (as on most days) is not copied at all.
    var plan = self
    let known = meetings.compactMap { $0.asOf(day) }
    if known != meetings { plan.meetings = known }
    let held = known.heldMilestones
    for (p, pillar) in pillars.enumerated() {
      for (s, sector) in pillar.sectors.enumerated() {
        for (c, commitment) in sector.commitments.enumerated() {
          let seen = commitment.asOf(day, held: held)
          if seen != commitment { plan.pillars[p].sectors[s].commitments[c] = seen }
        }
      }
    }
    return plan
  }

  /// `asOf(day)`, from `earlier`, this plan's `asOf(day)` before the targets at `changed`
  /// took more evidence: only those are seen anew (the meetings all together, as only the
  /// known ones are listed; `changed` names the milestones a changed meeting fulfils).
  func asOf(_ day: Day, updating earlier: Plan, at changed: Set<MergePlace>) -> Plan {
    var plan = earlier
    if changed.contains(where: { $0.pillar == nil }) { plan.meetings = meetings.compactMap { $0.asOf(day) } }
    let held = plan.meetings.heldMilestones
    for place in changed {
      switch place {
      case .commitment(let p, let s, let c), .milestone(let p, let s, let c, _):
        plan.pillars[p].sectors[s].commitments[c] = pillars[p].sectors[s].commitments[c].asOf(day, held: held)
      case .meeting:
        break
      }
    }
    return plan
  }
}

extension Array where Element == Meeting {
  /// The milestones that meetings held (as seen on a day) fulfil, each `reported` only when
  /// every meeting holding it rests on reported sources.
  var heldMilestones: [String: Confidence] {
    var held: [String: Confidence] = [:]
    for meeting in self where meeting.status == .held {
      guard let milestone = meeting.fulfils else { continue }
      if held[milestone] != .confirmed { held[milestone] = meeting.confidence }
    }
    return held
  }
}

extension Evidence {
  /// The first day it could be known (`KnownDay`).
  public var knownFrom: Day { KnownDay.of(date, published: published, recordedOn: recording?.day) }

  /// Whether a source dated so could be known on `day`.
  public func isKnown(on day: Day) -> Bool { knownFrom <= day }
}

/// A report that became known on some day: a commitment's evidence or a meeting's news.
protocol DatedReport {
  func isKnown(on day: Day) -> Bool
}

extension Evidence: DatedReport {}
extension MeetingEvidence: DatedReport {}

extension Array where Element: DatedReport {
  /// The reports known on `day`: the array itself, not a copy, when that is all of them.
  func known(on day: Day) -> [Element] {
    // Each item's day worked out once, not once to ask and again to filter.
    guard let first = firstIndex(where: { !$0.isKnown(on: day) }) else { return self }
    return Array(self[..<first]) + self[(first + 1)...].filter { $0.isKnown(on: day) }
  }
}

extension Array where Element == Evidence {
  /// The latest word: the report with the latest first possible day, the later in the file on
  /// a tie (a correction is written after what it corrects).
  public var newest: Evidence? {
    var latest: Evidence?
    for item in self where latest.map({ $0.date.earliestDay <= item.date.earliestDay }) ?? true {
      latest = item
    }
    return latest
  }
}

extension Array where Element == MeetingEvidence {
  /// The latest news: the report known from the latest day, the later in the list on a tie
  /// (the journal lists updates in the order they were recorded).
  public var newest: MeetingEvidence? {
    var latest: MeetingEvidence?
    for item in self where latest.map({ $0.knownFrom <= item.knownFrom }) ?? true {
      latest = item
    }
    return latest
  }
}

/// A status and how sure it is: the status the newest known report supports, and whether every
/// report supporting it is only `reported` (an aggregator, an inferred year).
struct StatusFinding: Equatable {
  var status: CommitmentStatus
  var confidence: Confidence

  static let none = StatusFinding(status: .unknown, confidence: .confirmed)

  /// From the reports known on a day: those that support a status, never the file's own
  /// word (a pledge known in 2023 does not show the agreement signed in 2024).
  init(known evidence: [Evidence]) {
    let supporting = evidence.filter { $0.status != nil }
    guard let status = supporting.newest?.status else {
      self = .none
      return
    }
    let showing = supporting.filter { $0.status == status }
    self.init(status: status, confidence: showing.allSatisfy { $0.confidence == .reported } ? .reported : .confirmed)
  }

  init(status: CommitmentStatus, confidence: Confidence) {
    self.status = status
    self.confidence = confidence
  }
}

extension Milestone {
  /// `heldMeeting`: the confidence of the held meeting that fulfils it, if any: it is then done.
  func asOf(_ day: Day, heldMeeting: Confidence? = nil) -> Milestone {
    var milestone = self
    milestone.evidence = evidence.known(on: day)
    var finding = StatusFinding(known: milestone.evidence)
    if let heldMeeting, finding != StatusFinding(status: .done, confidence: .confirmed) {
      finding = StatusFinding(status: .done, confidence: heldMeeting)
    }
    milestone.status = finding.status
    milestone.statusConfidence = finding.confidence
    return milestone
  }
}

extension Commitment {
  /// Its own reports and its milestones as they stood on `day`. With milestones, it is done
  /// when all are done and in progress when any has moved; its own reports speak otherwise.
  func asOf(_ day: Day, held: [String: Confidence] = [:]) -> Commitment {
    var commitment = self
    commitment.evidence = evidence.known(on: day)
    let milestones = milestones.map { $0.asOf(day, heldMeeting: held[$0.id]) }
    if milestones != self.milestones { commitment.milestones = milestones }
    var finding = StatusFinding(known: commitment.evidence)
    let steps = commitment.milestones
    if !steps.isEmpty {
      let moved = steps.filter { $0.status == .done || $0.status == .inProgress }
      if steps.allSatisfy({ $0.status == .done }) {
        finding = StatusFinding(status: .done, confidence: Self.weakest(steps.map(\.statusConfidence)))
      } else if !moved.isEmpty && finding.status != .inProgress {
        finding = StatusFinding(status: .inProgress, confidence: Self.weakest(moved.map(\.statusConfidence)))
      }
    }
    commitment.status = finding.status
    commitment.statusConfidence = finding.confidence
    return commitment
  }

  /// `reported` when any of the parts rests only on reported evidence.
  private static func weakest(_ confidences: [Confidence]) -> Confidence {
    confidences.contains(.reported) ? .reported : .confirmed
  }
}

extension Meeting {
  /// Nil before the day it became known; else its newest report known on `day` applied; then,
  /// seen on a day before it began, a meeting later reported held was still to come (as its
  /// announcement told), and before its last possible day, one with no report was not yet
  /// missing either.
  func asOf(_ day: Day) -> Meeting? {
    guard let meeting = reported(on: day) else { return nil }
    guard let date = meeting.date else { return meeting }
    let stillToCome =
      switch meeting.status {
      case .held: day < date.earliestDay
      case .notReported: day <= (meeting.end ?? date.latestDay)
      default: false
      }
    guard stillToCome else { return meeting }
    var planned = meeting
    planned.status = .planned
    if let announced, meeting.evidence.isEmpty {
      planned.source = announced.source
      planned.url = announced.url
    }
    return planned
  }

  /// Nil before the day it became known; else, with only its reports known on `day`, the
  /// newest of them applied: what the calendar shows, which lists meetings as announced
  /// rather than as seen on a day.
  public func reported(on day: Day) -> Meeting? {
    guard isKnown(on: day) else { return nil }
    var meeting = self
    meeting.evidence = evidence.known(on: day)
    if let newest = meeting.evidence.newest { meeting.apply(newest) }
    return meeting
  }

  /// A report's status, source and trust become the meeting's. Held and planned give the
  /// meeting its date; postponed only when it names a later one (a date after the day it was
  /// recorded); cancelled keeps the date it was called off for.
  private mutating func apply(_ report: MeetingEvidence) {
    status = report.status
    let newDate =
      switch report.status {
      case .held, .planned: true
      case .postponed: report.knownFrom < report.date.earliestDay
      case .cancelled, .expected, .notReported: false
      }
    if newDate, date != report.date {
      date = report.date
      end = nil
    }
    source = report.source
    url = report.url
    confidence = report.confidence
  }

  /// Planned or expected, and its last possible day has passed with no report that it was
  /// held: "no report since it was due".
  public func isDueWithoutReport(on day: Day) -> Bool {
    guard status == .planned || status == .expected, let last = end ?? date?.latestDay else { return false }
    return last < day
  }
}
