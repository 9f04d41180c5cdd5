/// The journal's updates as a plan view shows them on a day: each target's history and what
/// was recorded across the plan since a day, newest first. An update not yet known on the day
/// is left out, as its evidence is (`Plan.asOf`, `MeetingEvidence.knownFrom`); so is one whose target the plan (or its `f`
/// filters) does not hold. Corrected updates stay: history shows both.
public struct JournalHistory: Sendable {
  /// Newest first: by the date the thing happened (a date's first day, then its last), then by
  /// the journal's number.
  public let updates: [JournalUpdate]
  /// For a milestone, the commitment it belongs to: what Enter opens.
  private let owners: [String: String]
  private let byTarget: [String: [Int]]
  /// The number of the update that corrects each corrected one.
  private let corrections: [Int: Int]
  private let today: Day

  public init(updates all: [JournalUpdate], plan: Plan, today: Day) {
    var owners: [String: String] = [:]
    var commitments = Set<String>()
    for commitment in plan.commitments {
      commitments.insert(commitment.id)
      for milestone in commitment.milestones where owners[milestone.id] == nil { owners[milestone.id] = commitment.id }
    }
    let meetings = Set(plan.meetings.map(\.id))
    let known = all.filter { update in
      guard update.knownFrom <= today else { return false }
      switch update.targetKind {
      case .commitment: return commitments.contains(update.targetID)
      case .milestone: return owners[update.targetID] != nil
      case .meeting: return meetings.contains(update.targetID)
      }
    }
    // Indexes are sorted, by keys made once: moving the updates themselves, and working out
    // their dates' days at each comparison, was most of a plan view's time with 100,000.
    let keys = known.map { ($0.date.earliestDay.ordinal, $0.date.latestDay.ordinal, $0.id ?? 0) }
    updates = known.indices.sorted { keys[$0] > keys[$1] }.map { known[$0] }
    var byTarget: [String: [Int]] = [:]
    var corrections: [Int: Int] = [:]
    for (index, update) in updates.enumerated() {
      byTarget[update.targetID, default: []].append(index)
      if let corrected = update.corrects, let id = update.id { corrections[corrected] = max(corrections[corrected] ?? 0, id) }
    }
    self.owners = owners
    self.byTarget = byTarget
    self.corrections = corrections
    self.today = today
  }

  /// The updates of one or more targets (a commitment and its milestones), newest first.
  public func updates(of targetIDs: [String]) -> [JournalUpdate] {
    let indexes = Set(targetIDs).flatMap { byTarget[$0] ?? [] }.sorted()
    return indexes.map { updates[$0] }
  }

  /// The commitment a milestone belongs to; the id itself for anything else.
  public func owner(of update: JournalUpdate) -> String {
    update.targetKind == .milestone ? owners[update.targetID] ?? update.targetID : update.targetID
  }

  /// The number of the update that corrects `update`, if one does.
  public func correction(of update: JournalUpdate) -> Int? { update.id.flatMap { corrections[$0] } }

  /// What was recorded from `since` to today (the day of its UTC recording time), the latest
  /// recorded first.
  public func recorded(since: Day) -> [JournalUpdate] {
    updates.filter { update in
      guard let day = update.recordedDay else { return false }
      return since <= day && day <= today
    }.sorted { ($0.recording?.recordedAt ?? "", $0.id ?? 0) > ($1.recording?.recordedAt ?? "", $1.id ?? 0) }
  }
}

extension JournalUpdate {
  /// The day it was recorded, from its UTC time.
  public var recordedDay: Day? { recording.flatMap { Day(iso: String($0.recordedAt.prefix(10))) } }

  /// `Full Name (account)`, or the account alone when it has no full name.
  public var author: String? {
    recording.map { recording in recording.authorName.map { "\($0) (\(recording.author))" } ?? recording.author }
  }
}
