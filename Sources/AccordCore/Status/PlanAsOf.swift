/// The plan as it stood on a day: what accord shows for a day follows only from sources dated
/// on or before it. Every screen, check, report and export reads the plan through this one
/// projection, so none of them can show tomorrow's news today.
extension Plan {
  /// Only evidence known on `day` (a partial date counts from its first day: "2024-12" is known
  /// from 1 December); each status is the one its newest known evidence shows; a meeting that
  /// had not yet begun is not yet held.
  public func asOf(_ day: Day) -> Plan {
    var plan = self
    for p in plan.pillars.indices {
      for s in plan.pillars[p].sectors.indices {
        for c in plan.pillars[p].sectors[s].commitments.indices {
          plan.pillars[p].sectors[s].commitments[c] = plan.pillars[p].sectors[s].commitments[c].asOf(day)
        }
      }
    }
    plan.meetings = meetings.map { $0.asOf(day) }
    return plan
  }
}

extension Evidence {
  /// Whether a source dated so could be known on `day`.
  public func isKnown(on day: Day) -> Bool { date.earliestDay <= day }
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

/// A status and how sure it is: the status the newest known report shows, and whether every
/// report showing it is only `reported` (an aggregator, an inferred year).
struct StatusFinding: Equatable {
  var status: CommitmentStatus
  var confidence: Confidence

  static let none = StatusFinding(status: .unknown, confidence: .confirmed)

  /// From the reports known on a day; `fallback` is the status the file gives the item, which
  /// its reports show unless they carry a status of their own.
  init(known evidence: [Evidence], fallback: CommitmentStatus) {
    guard let newest = evidence.newest else {
      self = .none
      return
    }
    let status = newest.status ?? fallback
    let showing = evidence.filter { ($0.status ?? fallback) == status }
    self.init(status: status, confidence: showing.allSatisfy { $0.confidence == .reported } ? .reported : .confirmed)
  }

  init(status: CommitmentStatus, confidence: Confidence) {
    self.status = status
    self.confidence = confidence
  }
}

extension Milestone {
  func asOf(_ day: Day) -> Milestone {
    var milestone = self
    milestone.evidence = evidence.filter { $0.isKnown(on: day) }
    let finding = StatusFinding(known: milestone.evidence, fallback: status)
    milestone.status = finding.status
    milestone.statusConfidence = finding.confidence
    return milestone
  }
}

extension Commitment {
  /// Its own reports and its milestones as they stood on `day`. With milestones, it is done
  /// when all are done and in progress when any has moved; its own reports speak otherwise.
  func asOf(_ day: Day) -> Commitment {
    var commitment = self
    commitment.evidence = evidence.filter { $0.isKnown(on: day) }
    commitment.milestones = milestones.map { $0.asOf(day) }
    var finding = StatusFinding(known: commitment.evidence, fallback: status)
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
  /// Seen on a day before it began, a meeting later reported held was still to come; before
  /// its last possible day, one with no report was not yet missing either.
  func asOf(_ day: Day) -> Meeting {
    guard let date else { return self }
    let stillToCome =
      switch status {
      case .held: day < date.earliestDay
      case .notReported: day <= (end ?? date.latestDay)
      default: false
      }
    guard stillToCome else { return self }
    var meeting = self
    meeting.status = .planned
    return meeting
  }

  /// Planned or expected, and its last possible day has passed with no report that it was
  /// held: "no report since it was due".
  public func isDueWithoutReport(on day: Day) -> Bool {
    guard status == .planned || status == .expected, let last = end ?? date?.latestDay else { return false }
    return last < day
  }
}
