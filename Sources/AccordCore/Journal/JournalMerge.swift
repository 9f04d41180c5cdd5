/// The plan file with a journal's updates merged in, kept with what it takes to merge updates
/// read later into it. Each update becomes a dated evidence item of its target, so that
/// `asOf(day)` sees it only from its date on; a meeting update is added to the meeting's
/// evidence the same way (`asOf` applies its status and date from the day it was known). A
/// corrected update is left out: its correction stands for it; one the plan file already holds
/// (from `accord export`) is not added twice.
///
/// The work is linear in the updates: they are grouped by target as they come, and each target's
/// list is written once per `add`, from the plan file's evidence and the updates standing for it.
/// `add` writes only the targets its updates touch (theirs, and those of the updates they
/// correct), so a dashboard merges what is new into what it shows.
public struct JournalMerge: Sendable, Equatable {
  public let planFile: Plan
  /// Every update added, in the order added (the journal's: by number).
  public private(set) var updates: [JournalUpdate] = []
  /// `planFile` with `updates` merged in.
  public private(set) var plan: Plan
  /// Evidence items written so far: the merge's work, which tests hold to the updates' count.
  public private(set) var evidenceWritten = 0
  /// The number of the last update added, in the order the journal gave them (the numbers'
  /// order in a file; the order they reached a server, where another site's arrive late): the
  /// next read asks for the updates after it.
  public private(set) var lastNumber: Int?

  private let places: MergePlaces
  /// Indexes into `updates` of the updates each target takes, corrected ones included.
  private var byPlace: [MergePlace: [Int]] = [:]
  /// Where the update with each number landed (one update a number, in a journal); every
  /// number added has its entry, `.nowhere` when its update lands nowhere.
  private var landings: [Int: Landing] = [:]
  private var corrected = Set<Int>()

  public init(planFile: Plan, updates: [JournalUpdate] = []) {
    self.planFile = planFile
    plan = planFile
    places = MergePlaces(planFile)
    add(updates)
  }

  /// Merges updates read after those already added.
  public mutating func add(_ new: [JournalUpdate]) {
    let start = updates.count
    // Taken whole when it is the first: a journal's 100,000 updates are not copied one by one.
    if updates.isEmpty { updates = new } else { updates += new }
    landings.reserveCapacity(landings.count + new.count)
    for index in start..<updates.count {
      let update = updates[index]
      if let corrects = update.corrects { corrected.insert(corrects) }
      let place = places.place(of: update)
      if let number = update.id {
        lastNumber = number
        landings[number] = (landings[number] ?? .nowhere).adding(place)
      }
      if let place { byPlace[place, default: []].append(index) }
    }
    for place in places(changedAfter: start) { write(place) }
  }

  /// The targets whose evidence changed with the updates added after the first `count`: theirs,
  /// and those of the updates they correct. A view of the merge when it held `count` updates
  /// sees the rest by seeing these anew.
  func places(changedAfter count: Int) -> Set<MergePlace> {
    var touched = Set<MergePlace>()
    for update in updates[count...] {
      if let corrects = update.corrects { touched.formUnion(landings[corrects]?.places ?? []) }
      if let place = places.place(of: update) { touched.insert(place) }
    }
    return touched
  }

  /// `places(changedAfter:)` and the milestones the meetings among them fulfil: what a view of
  /// the merge must see anew (a JTC held completes its milestone) though their evidence is the same.
  func placesSeenAnew(after count: Int) -> Set<MergePlace> {
    let touched = places(changedAfter: count)
    return touched.union(touched.compactMap { places.milestone(fulfilledBy: $0) })
  }

  /// Whether an update with this number was added.
  public func contains(number: Int) -> Bool { landings[number] != nil }

  /// Two merges are the same when they merged the same updates into the same plan file.
  public static func == (a: JournalMerge, b: JournalMerge) -> Bool {
    a.updates == b.updates && a.planFile == b.planFile
  }

  /// Writes a target's evidence anew: the plan file's, then each standing update's.
  private mutating func write(_ place: MergePlace) {
    let standing = (byPlace[place] ?? []).filter { index in !(updates[index].id.map(corrected.contains) ?? false) }
    evidenceWritten += standing.count
    switch place {
    case .meeting(let m):
      plan.meetings[m].evidence =
        planFile.meetings[m].evidence + standing.compactMap { MeetingEvidence(update: updates[$0]) }
    case .commitment(let p, let s, let c):
      let file = planFile.pillars[p].sectors[s].commitments[c]
      let (evidence, status) = merged(standing, into: file.evidence, status: file.status)
      plan.pillars[p].sectors[s].commitments[c].evidence = evidence
      plan.pillars[p].sectors[s].commitments[c].status = status
    case .milestone(let p, let s, let c, let m):
      let file = planFile.pillars[p].sectors[s].commitments[c].milestones[m]
      let (evidence, status) = merged(standing, into: file.evidence, status: file.status)
      plan.pillars[p].sectors[s].commitments[c].milestones[m].evidence = evidence
      plan.pillars[p].sectors[s].commitments[c].milestones[m].status = status
    }
  }

  /// The file's status is the status as of its newest evidence, so an update no older than
  /// every report before it sets it (as `accord export` writes it).
  private func merged(
    _ indexes: [Int], into evidence: [Evidence], status: CommitmentStatus
  ) -> ([Evidence], CommitmentStatus) {
    var list = evidence
    list.reserveCapacity(evidence.count + indexes.count)
    var status = status
    var latest = evidence.map(\.date).max()
    for index in indexes {
      let item = Evidence(update: updates[index])
      if let newStatus = item.status, !(latest.map { item.date < $0 } ?? false) { status = newStatus }
      latest = max(latest ?? item.date, item.date)
      list.append(item)
    }
    return (list, status)
  }
}

/// Where the updates with one number landed: no array for each of a journal's numbers, as one
/// update a number is the rule.
private enum Landing: Sendable {
  case nowhere
  case one(MergePlace)
  case several([MergePlace])

  var places: [MergePlace] {
    switch self {
    case .nowhere: []
    case .one(let place): [place]
    case .several(let places): places
    }
  }

  func adding(_ place: MergePlace?) -> Landing {
    guard let place else { return self }
    if case .nowhere = self { return .one(place) }
    return .several(places + [place])
  }
}

extension Evidence {
  /// A commitment's or milestone's update as its evidence.
  init(update: JournalUpdate) {
    self.init(
      date: update.date, summary: update.summary, source: update.source, url: update.url,
      confidence: update.confidence, status: CommitmentStatus(rawValue: update.status), recording: update.recording)
  }
}

extension MeetingEvidence {
  /// A meeting's update as its evidence; nil for a status no meeting takes.
  init?(update: JournalUpdate) {
    guard let status = MeetingStatus(rawValue: update.status) else { return nil }
    self.init(
      date: update.date, status: status, summary: update.summary, source: update.source, url: update.url,
      confidence: update.confidence, recording: update.recording)
  }
}
