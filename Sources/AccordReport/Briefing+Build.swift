import AccordCore

extension Briefing {
  /// The briefing as of `today` for the commitments and meetings in `scope`. "Reported since"
  /// starts at `since`, by default 30 days before `today`.
  public init(plan given: Plan, today: Day, since: Day? = nil, scope: BriefingScope = BriefingScope()) {
    let plan = Briefing.plan(given, asOf: today)
    let schedule = Schedule(plan: plan, today: today)
    let selection = BriefingSelection(plan: plan, scope: scope)
    self.title = plan.info.title
    self.shortTitle = plan.info.shortTitle
    self.today = today
    self.since = since ?? today.adding(days: -30)
    self.scope = scope
    self.countdown = Countdown(
      periodStart: plan.info.periodStart, periodEnd: plan.info.periodEnd,
      daysToPeriodEnd: schedule.daysToPeriodEnd, validUntil: plan.info.validUntil,
      daysToValidityEnd: schedule.daysToValidityEnd, phase: Briefing.phaseName(schedule.phase))

    pillars = selection.pillars.map { pillar in
      let commitments = pillar.sectors.flatMap { sector in
        sector.commitments.filter(selection.contains).map {
          Briefing.facts(of: $0, pillar: pillar, sector: sector, today: today)
        }
      }
      return PillarFacts(id: pillar.id, name: pillar.name, commitments: commitments)
    }
    let all = pillars.flatMap(\.commitments)
    let milestones = all.flatMap(\.milestones)
    pace = Pace(
      periodGone: schedule.elapsedShare,
      deliverables: all.count(where: { $0.kind == .deliverable }),
      deliverablesDone: all.count(where: { $0.kind == .deliverable && $0.status == .done }),
      milestones: milestones.count, milestonesDone: milestones.count(where: { $0.status == .done }))
    overdue = Briefing.overdueItems(all)

    let meetings = plan.meetings.filter(selection.contains)
    reportedSince = Briefing.reported(
      commitments: selection.commitments, meetings: meetings, from: self.since, to: today)
    let ids = Set(meetings.map(\.id))
    nextMeetings = schedule.upcoming
      .filter { ids.contains($0.id) && $0.date != nil && !$0.isContext }
      .prefix(10).map { Briefing.facts(of: $0, schedule: schedule) }
    unreportedMeetings = meetings
      .filter { Briefing.isDueWithoutReport($0, today: today) }
      .sorted(by: Briefing.chronological)
      .map { Briefing.facts(of: $0, schedule: schedule) }
    timeline = meetings.filter { $0.date != nil }
      .sorted(by: Briefing.chronological)
      .map { Briefing.facts(of: $0, schedule: schedule) }
  }

  /// The plan as it stood on `day`: the one place the briefing reads the plan through.
  static func plan(_ plan: Plan, asOf day: Day) -> Plan { plan.asOf(day) }

  static func phaseName(_ phase: Schedule.Phase) -> String {
    switch phase {
    case .notYetSigned: "not-yet-signed"
    case .running: "running"
    case .periodEnded: "period-ended"
    case .expired: "expired"
    }
  }

  static func facts(of commitment: Commitment, pillar: Pillar, sector: Sector, today: Day) -> CommitmentFacts {
    let milestones = commitment.milestones.map { milestone in
      MilestoneFacts(
        id: milestone.id, what: milestone.what, due: milestone.due.description, status: milestone.status,
        confidence: confidence(of: milestone.status, milestone.statusConfidence),
        daysOverdue: milestone.dueState(on: today) == .overdue ? milestone.due.target?.deadline.days(until: today) : nil)
    }
    let latest = (commitment.evidence + commitment.milestones.flatMap(\.evidence))
      .filter { $0.date.earliestDay <= today }
      .max { $0.date < $1.date }
    let overdueDays = commitment.isOverdue(on: today) ? commitment.target.map { $0.deadline.days(until: today) } : nil
    return CommitmentFacts(
      id: commitment.id, pillarID: pillar.id, sectorID: sector.id, sectorName: sector.name,
      text: commitment.text, kind: commitment.kind, status: commitment.status,
      confidence: confidence(of: commitment.status, commitment.statusConfidence),
      targets: commitment.target.map { ["\($0)"] } ?? commitment.milestones.map(\.due.description),
      daysOverdue: overdueDays, agencies: commitment.agencies,
      latestEvidence: latest.map(EvidenceFacts.init), milestones: milestones)
  }

  /// How sure a status is (`Plan.asOf` worked it out); nil with no report.
  static func confidence(of status: CommitmentStatus, _ confidence: Confidence) -> Confidence? {
    status == .unknown ? nil : confidence
  }

  static func overdueItems(_ commitments: [CommitmentFacts]) -> [OverdueItem] {
    let items = commitments.flatMap { commitment in
      let own = commitment.daysOverdue.map {
        OverdueItem(id: commitment.id, what: commitment.text, due: commitment.targets.first ?? "", daysOverdue: $0, status: commitment.status)
      }
      let milestones = commitment.milestones.compactMap { milestone in
        milestone.daysOverdue.map {
          OverdueItem(id: milestone.id, what: milestone.what, due: milestone.due, daysOverdue: $0, status: milestone.status)
        }
      }
      return (own.map { [$0] } ?? []) + milestones
    }
    return items.sorted { ($1.daysOverdue, $0.id) < ($0.daysOverdue, $1.id) }
  }

  /// Planned or expected past its last possible day, or marked not reported: the plan's own
  /// meetings only.
  static func isDueWithoutReport(_ meeting: Meeting, today: Day) -> Bool {
    guard !meeting.isContext else { return false }
    return meeting.isDueWithoutReport(on: today) || (meeting.status == .notReported && meeting.date != nil)
  }

  /// By date (undated last), then id: an order that never depends on the file's.
  static func chronological(_ a: Meeting, _ b: Meeting) -> Bool {
    switch (a.date, b.date) {
    case let (x?, y?) where x != y: x < y
    case (_?, nil): true
    case (nil, _?): false
    default: a.id < b.id
    }
  }

  static func facts(of meeting: Meeting, schedule: Schedule) -> MeetingFacts {
    MeetingFacts(meeting: meeting, daysUntil: schedule.daysUntil(meeting))
  }
}

extension EvidenceFacts {
  init(_ evidence: Evidence) {
    self.init(
      date: evidence.date, summary: evidence.summary, source: evidence.source, url: evidence.url,
      confidence: evidence.confidence, recordedBy: evidence.recording?.author,
      recordedAt: evidence.recording?.recordedAt)
  }
}
