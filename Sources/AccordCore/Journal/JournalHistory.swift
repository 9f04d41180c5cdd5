/// The journal's updates as a plan view shows them on a day: each target's history and what
/// was recorded across the plan since a day, newest first. An update not yet known on the day
/// is left out, as its evidence is (`Plan.asOf`, `MeetingEvidence.knownFrom`); so is one whose target the plan (or its `f`
/// filters) does not hold. Corrected updates stay: history shows both.
///
/// Newest first is by the date the thing happened (a date's first day, then its last), then by
/// the journal's number, then by the order read. Only each target's list is kept in that order,
/// so that updates read later go into the lists of their targets alone (`adding`).
public struct JournalHistory: Sendable {
  /// Every update of the journal, known or not, in the order read: the lists index into it.
  private let all: [JournalUpdate]
  /// The order's key of each of `all`, worked out once.
  private var keys: [OrderKey]
  /// Indexes into `all` of the updates known on the day whose targets the plan holds, in the
  /// order read.
  private var known: [Int]
  /// Each target's known updates, as indexes into `all`, newest first.
  private var byTarget: [String: [Int]]
  /// The number of the update that corrects each corrected one.
  private var corrections: [Int: Int]
  private let targets: HistoryTargets
  private let today: Day

  public init(updates all: [JournalUpdate], plan: Plan, today: Day) {
    self.all = all
    targets = HistoryTargets(plan)
    self.today = today
    keys = []
    known = []
    byTarget = [:]
    corrections = [:]
    take(all.indices)
  }

  /// This history with the updates read after its own: `all` holds its updates, then the new
  /// ones. Only the lists of the new updates' targets are written, so the result is the history
  /// of `all` made whole, in time proportional to those lists. Made whole when the plan holds
  /// other targets (a filter now admits a commitment, or no longer does).
  public func adding(_ all: [JournalUpdate], plan: Plan) -> JournalHistory {
    let targets = HistoryTargets(plan)
    guard targets == self.targets, all.count >= self.all.count else {
      return JournalHistory(updates: all, plan: plan, today: today)
    }
    var history = JournalHistory(all: all, from: self)
    history.take(self.all.count..<all.count)
    return history
  }

  private init(all: [JournalUpdate], from earlier: JournalHistory) {
    self.all = all
    keys = earlier.keys
    known = earlier.known
    byTarget = earlier.byTarget
    corrections = earlier.corrections
    targets = earlier.targets
    today = earlier.today
  }

  /// Puts the updates at `indexes` (after every one taken before) into the lists.
  private mutating func take(_ indexes: Range<Int>) {
    keys.reserveCapacity(all.count)
    keys += all[indexes].map(OrderKey.init)
    var new: [String: [Int]] = [:]
    for index in indexes {
      let update = all[index]
      guard update.knownFrom <= today, targets.holds(update) else { continue }
      known.append(index)
      new[update.targetID, default: []].append(index)
      if let corrected = update.corrects, let id = update.id {
        corrections[corrected] = max(corrections[corrected] ?? 0, id)
      }
    }
    for (target, indexes) in new {
      byTarget[target] = merged(byTarget[target] ?? [], indexes.sorted(by: isNewer))
    }
  }

  /// Two lists, each newest first, as one.
  private func merged(_ a: [Int], _ b: [Int]) -> [Int] {
    guard !a.isEmpty else { return b }
    var list: [Int] = []
    list.reserveCapacity(a.count + b.count)
    var (i, j) = (0, 0)
    while i < a.count && j < b.count {
      if isNewer(b[j], a[i]) {
        list.append(b[j])
        j += 1
      } else {
        list.append(a[i])
        i += 1
      }
    }
    return list + a[i...] + b[j...]
  }

  private func isNewer(_ a: Int, _ b: Int) -> Bool { keys[a] != keys[b] ? keys[a] > keys[b] : a < b }

  /// Every known update, newest first: sorted at each call, for a whole list, not for a frame.
  public var newestFirst: [JournalUpdate] { known.sorted(by: isNewer).map { all[$0] } }

  /// The updates of one or more targets (a commitment and its milestones), newest first.
  public func updates(of targetIDs: [String]) -> [JournalUpdate] {
    let indexes = Set(targetIDs).flatMap { byTarget[$0] ?? [] }
    return (targetIDs.count > 1 ? indexes.sorted(by: isNewer) : indexes).map { all[$0] }
  }

  /// The commitment a milestone belongs to; the id itself for anything else.
  public func owner(of update: JournalUpdate) -> String {
    update.targetKind == .milestone ? targets.owners[update.targetID] ?? update.targetID : update.targetID
  }

  /// The number of the update that corrects `update`, if one does.
  public func correction(of update: JournalUpdate) -> Int? { update.id.flatMap { corrections[$0] } }

  /// What was recorded from `since` to today (the day of its UTC recording time), the latest
  /// recorded first.
  public func recorded(since: Day) -> [JournalUpdate] {
    known.lazy.map { all[$0] }.filter { update in
      guard let day = update.recordedDay else { return false }
      return since <= day && day <= today
    }.sorted { ($0.recording?.recordedAt ?? "", $0.id ?? 0) > ($1.recording?.recordedAt ?? "", $1.id ?? 0) }
  }
}

/// Where an update stands in the newest-first order, before its number breaks a tie: the first
/// and last days of its date.
private struct OrderKey: Comparable, Sendable {
  let first: Int
  let last: Int
  let number: Int

  init(_ update: JournalUpdate) {
    first = update.date.earliestDay.ordinal
    last = update.date.latestDay.ordinal
    number = update.id ?? 0
  }

  static func < (a: OrderKey, b: OrderKey) -> Bool { (a.first, a.last, a.number) < (b.first, b.last, b.number) }
}

/// The targets a plan (as filtered) holds, whose updates a history shows.
private struct HistoryTargets: Equatable, Sendable {
  var commitments = Set<String>()
  /// For a milestone, the commitment it belongs to: what Enter opens.
  var owners: [String: String] = [:]
  var meetings = Set<String>()

  init(_ plan: Plan) {
    for commitment in plan.commitments {
      commitments.insert(commitment.id)
      for milestone in commitment.milestones where owners[milestone.id] == nil { owners[milestone.id] = commitment.id }
    }
    meetings = Set(plan.meetings.map(\.id))
  }

  func holds(_ update: JournalUpdate) -> Bool {
    switch update.targetKind {
    case .commitment: commitments.contains(update.targetID)
    case .milestone: owners[update.targetID] != nil
    case .meeting: meetings.contains(update.targetID)
    }
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
