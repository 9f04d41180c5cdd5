/// The plan as seen on one day, computed once: indexes by id, the progress roll-ups, the
/// schedule and the overdue deliverables. Screens read it for every row and every key, so
/// nothing here is recomputed per row; the dashboard builds a new one only when the plan
/// reloads or the day changes.
///
/// Every fact that depends on the day (or, later, on a journal of progress) is derived here in
/// `init`, from sources dated on or before `today`: a new derived fact is one more stored
/// property computed next to these.
public struct PlanView: Sendable, Equatable {
  /// The plan file and the journal's updates, kept apart so either can change alone, and the
  /// two merged, so that updates read later merge into it (`JournalMerge.add`).
  public let merge: JournalMerge
  /// The plan as its files give it, every report included: the plan file with the journal's
  /// updates merged in.
  public var source: Plan { merge.plan }
  public var planFile: Plan { merge.planFile }
  public var updates: [JournalUpdate] { merge.updates }
  /// The updates as known on `today`, each target's and across the plan, newest first.
  public let journal: JournalHistory
  /// The plan as it stood on `today` (`Plan.asOf`): only reports dated by then count.
  public let plan: Plan
  /// `plan` before the filters: what a view of more updates starts from.
  private let seen: Plan
  public let today: Day
  /// The `f` filters: `plan` holds only what they admit.
  public let filters: PlanFilters
  /// The meetings before and after `today`, each list ordered once.
  public let schedule: Schedule
  /// The meetings in the timeline's order: upcoming, then past.
  public let timeline: [Meeting]
  /// The whole plan's roll-up.
  public let progress: ProgressSummary
  /// Each pillar's roll-up, sectors and latest reports, in the plan's order.
  public let pillars: [PillarView]
  /// Deliverables whose target has passed without a report that they were done, in the
  /// plan's order.
  public let overdue: [Commitment]
  /// What is overdue, the meetings with no report, the next meetings and what was reported
  /// since a day: what every output states about `plan`, worked out once here.
  public let facts: PlanFacts

  private let sectorPlaces: [String: SectorPlace]
  private let commitmentPlaces: [String: CommitmentPlace]
  private let meetingIndexes: [String: Int]
  private let timelineIndexes: [String: Int]
  /// Indexes into `plan.meetings` of the meetings that name each commitment.
  private let meetingsByCommitment: [String: [Int]]
  /// The search index and agencies, built on first use and shared by copies of this view.
  public let finding: FindingIndexes

  /// Where a sector is: its pillar's index in `plan.pillars` and its own in that pillar.
  public struct SectorPlace: Hashable, Sendable {
    public let pillar: Int
    public let sector: Int

    public init(pillar: Int, sector: Int) {
      self.pillar = pillar
      self.sector = sector
    }
  }

  /// Where a commitment is: its sector's place and its own index in that sector.
  public struct CommitmentPlace: Hashable, Sendable {
    public let sector: SectorPlace
    public let commitment: Int

    public init(sector: SectorPlace, commitment: Int) {
      self.sector = sector
      self.commitment = commitment
    }
  }

  /// - Parameters:
  ///   - plan: the plan as its file gives it; the view shows it as of `today`.
  ///   - updates: the journal's, merged into the plan as dated evidence.
  public init(plan: Plan, updates: [JournalUpdate] = [], today: Day, filters: PlanFilters = PlanFilters()) {
    self.init(merge: JournalMerge(planFile: plan, updates: updates), today: today, filters: filters)
  }

  /// The same plan and journal on another day or with other filters, without merging again.
  public func seen(on today: Day, filters: PlanFilters) -> PlanView {
    PlanView(merge: merge, today: today, filters: filters)
  }

  /// A plan file and journal merged already (off the screen's thread, by the journal's watch).
  public init(merge: JournalMerge, today: Day, filters: PlanFilters = PlanFilters()) {
    let seen = merge.plan.asOf(today)
    let plan = seen.filtered(by: filters, today: today)
    self.init(
      merge: merge, seen: seen, plan: plan, today: today, filters: filters,
      pillars: plan.pillars.map { PillarView(pillar: $0, today: today) },
      journal: JournalHistory(updates: merge.updates, plan: plan, today: today))
  }

  /// The view of `merge`, which is `previous`'s merge with updates added (as the journal's
  /// watch reads them), on the same day with the same filters: only the targets those updates
  /// touch are seen anew, with their pillars and histories; the rest is `previous`'s. The same
  /// view as one built whole, in time proportional to what changed. Built whole when `merge`
  /// does not follow on from `previous`'s (another plan file, fewer updates).
  public init(merge: JournalMerge, after previous: PlanView) {
    let (today, filters) = (previous.today, previous.filters)
    guard merge.planFile == previous.planFile, merge.updates.count >= previous.updates.count else {
      self.init(merge: merge, today: today, filters: filters)
      return
    }
    let touched = merge.placesSeenAnew(after: previous.updates.count)
    let seen = merge.plan.asOf(today, updating: previous.seen, at: touched)
    let plan = seen.filtered(by: filters, today: today)
    // Filters keep or drop each commitment by itself, so a pillar none of whose commitments
    // changed is what it was.
    let pillarsTouched = Set(touched.compactMap(\.pillar))
    self.init(
      merge: merge, seen: seen, plan: plan, today: today, filters: filters,
      pillars: plan.pillars.enumerated().map { p, pillar in
        pillarsTouched.contains(p) ? PillarView(pillar: pillar, today: today) : previous.pillars[p]
      },
      journal: previous.journal.adding(merge.updates, plan: plan))
  }

  /// The parts that follow from the plan as seen, each cheap in the plan's size: none reads
  /// the evidence (what does, the pillars' and the journal's, is given).
  private init(
    merge: JournalMerge, seen: Plan, plan: Plan, today: Day, filters: PlanFilters, pillars: [PillarView],
    journal: JournalHistory
  ) {
    self.merge = merge
    self.seen = seen
    self.filters = filters
    self.plan = plan
    self.today = today
    schedule = Schedule(plan: plan, today: today)
    timeline = schedule.upcoming + schedule.past
    self.pillars = pillars
    progress = ProgressSummary(combining: pillars.map(\.progress))
    overdue = pillars.flatMap(\.overdue)
    facts = PlanFacts(plan: plan, schedule: schedule, today: today)

    // Ids are unique in a valid plan; should one repeat, the first wins, as a search would.
    var sectors: [String: SectorPlace] = [:]
    var commitments: [String: CommitmentPlace] = [:]
    for (p, pillar) in plan.pillars.enumerated() {
      for (s, sector) in pillar.sectors.enumerated() {
        let place = SectorPlace(pillar: p, sector: s)
        if sectors[sector.id] == nil { sectors[sector.id] = place }
        for (c, commitment) in sector.commitments.enumerated() where commitments[commitment.id] == nil {
          commitments[commitment.id] = CommitmentPlace(sector: place, commitment: c)
        }
      }
    }
    sectorPlaces = sectors
    commitmentPlaces = commitments
    meetingIndexes = PlanView.firstIndexes(plan.meetings.map(\.id))
    timelineIndexes = PlanView.firstIndexes(timeline.map(\.id))
    var linked: [String: [Int]] = [:]
    for (index, meeting) in plan.meetings.enumerated() {
      for id in meeting.commitments where linked[id]?.last != index {
        linked[id, default: []].append(index)
      }
    }
    meetingsByCommitment = linked
    finding = FindingIndexes(plan: plan)
    self.journal = journal
  }

  /// The same plan file and updates seen on the same day with the same filters: all the rest
  /// follows from these.
  public static func == (a: PlanView, b: PlanView) -> Bool {
    a.merge == b.merge && a.today == b.today && a.filters == b.filters
  }

  private static func firstIndexes(_ ids: [String]) -> [String: Int] {
    var indexes: [String: Int] = [:]
    for (index, id) in ids.enumerated() where indexes[id] == nil { indexes[id] = index }
    return indexes
  }

  // MARK: Lookups by id

  public func place(ofSector id: String) -> SectorPlace? { sectorPlaces[id] }
  public func place(ofCommitment id: String) -> CommitmentPlace? { commitmentPlaces[id] }

  public func sector(_ place: SectorPlace) -> Sector { plan.pillars[place.pillar].sectors[place.sector] }

  public func sector(id: String) -> Sector? { place(ofSector: id).map(sector) }

  public func commitment(id: String) -> Commitment? {
    place(ofCommitment: id).map { sector($0.sector).commitments[$0.commitment] }
  }

  public func meeting(id: String) -> Meeting? { meetingIndexes[id].map { plan.meetings[$0] } }

  /// The index in `plan.pillars` of the pillar that holds a sector.
  public func pillarIndex(ofSector id: String) -> Int? { place(ofSector: id)?.pillar }

  /// The sector that lists a commitment.
  public func sector(ofCommitment id: String) -> Sector? { place(ofCommitment: id).map { sector($0.sector) } }

  /// A sector's roll-up, from its pillar's.
  public func progress(of place: SectorPlace) -> ProgressSummary { pillars[place.pillar].sectorProgress[place.sector] }

  /// Where a meeting is in `timeline`.
  public func timelineIndex(ofMeeting id: String) -> Int? { timelineIndexes[id] }

  /// The meetings that name a commitment, in the plan's order.
  public func meetings(linkedTo commitmentID: String) -> [Meeting] {
    (meetingsByCommitment[commitmentID] ?? []).map { plan.meetings[$0] }
  }
}
