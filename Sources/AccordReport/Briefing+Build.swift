import AccordCore

extension Briefing {
  /// The briefing as of `today` for the commitments and meetings in `scope`. "Reported since"
  /// starts at `since`, by default 30 days before `today`.
  public init(plan: Plan, today: Day, since: Day? = nil, scope: BriefingScope = BriefingScope()) {
    self.init(view: PlanView(plan: plan, today: today), since: since, scope: scope)
  }

  /// The briefing of a plan view with no filters on: its facts (`PlanFacts`), those of the
  /// commitments and meetings in `scope`, are what the dashboard shows for the same day.
  public init(view: PlanView, since: Day? = nil, scope: BriefingScope = BriefingScope()) {
    let (plan, today, schedule, facts) = (view.plan, view.today, view.schedule, view.facts)
    let selection = BriefingSelection(plan: plan, scope: scope)
    self.title = plan.info.title
    self.shortTitle = plan.info.shortTitle
    self.key = plan.info.key
    self.otherTitles = plan.info.otherTitles
    self.otherShortTitles = plan.info.otherShortTitles
    self.succeeds = plan.info.succeeds
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
      return PillarFacts(id: pillar.id, name: pillar.name, commitments: commitments, otherNames: pillar.otherNames)
    }
    let all = pillars.flatMap(\.commitments)
    carriers = CarrierFacts.grouped(selection.commitments, facts: all, bodies: plan.bodies)
    let milestones = all.flatMap(\.milestones)
    pace = Pace(
      periodGone: schedule.elapsedShare,
      deliverables: all.count(where: { $0.kind == .deliverable }),
      deliverablesDone: all.count(where: { $0.kind == .deliverable && $0.status == .done }),
      milestones: milestones.count, milestonesDone: milestones.count(where: { $0.status == .done }))
    overdue = facts.overdue.filter { selection.contains(commitmentID: $0.commitmentID) }
    let meetingsInScope = Set(plan.meetings.filter(selection.contains).map(\.id))
    reportedSince = facts.reported(since: self.since)
      .filter { $0.subject == .meeting ? meetingsInScope.contains($0.id) : selection.contains(commitmentID: $0.id) }
      .map { fact in
        var item = ReportedItem(fact)
        if fact.subject == .meeting { item.leaders = plan.meeting(id: fact.id)?.ledBy }
        return item
      }
    let meeting = { (meeting: Meeting) in Briefing.facts(of: meeting, schedule: schedule) }
    let next = facts.nextMeetings.filter(selection.contains)
    nextMeetings = next.prefix(10).map(meeting)
    let until = next.lazy.compactMap { $0.end ?? $0.date?.latestDay }.first ?? today.adding(days: 90)
    dueBeforeNextMeeting = Briefing.due(in: selection.commitments, from: today, to: until)
    unreportedMeetings = facts.meetingsWithoutReport.filter(selection.contains).map(meeting)
    timeline = plan.meetings.filter { selection.contains($0) && $0.date != nil }
      .sorted(.chronological)
      .map(meeting)
  }

  /// Deliverables and milestones not done whose deadline falls from `today` to `until`.
  static func due(in commitments: [Commitment], from today: Day, to until: Day) -> [DueItem] {
    let items = commitments.flatMap { commitment -> [DueItem] in
      var items: [DueItem] = []
      if commitment.kind == .deliverable, commitment.milestones.isEmpty, commitment.status != .done,
        let target = commitment.target
      {
        items.append(
          DueItem(
            id: commitment.id, commitmentID: commitment.id, what: commitment.text, due: "\(target)",
            deadline: target.deadline))
      }
      for milestone in commitment.milestones where milestone.status != .done {
        guard let target = milestone.due.target else { continue }
        items.append(
          DueItem(
            id: milestone.id, commitmentID: commitment.id, what: milestone.what, due: milestone.due.description,
            deadline: target.deadline))
      }
      return items.filter { today <= $0.deadline && $0.deadline <= until }
    }
    return items.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
  }

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
        daysOverdue: milestone.dueState(on: today) == .overdue ? milestone.due.target?.deadline.days(until: today) : nil
      )
    }
    let latest = (commitment.evidence + commitment.milestones.flatMap(\.evidence))
      .filter { $0.date.earliestDay <= today }
      .max { $0.date < $1.date }
    let overdueDays = commitment.overdueTarget(on: today).map { $0.deadline.days(until: today) }
    return CommitmentFacts(
      id: commitment.id, pillarID: pillar.id, sectorID: sector.id, sectorName: sector.name,
      text: commitment.text, kind: commitment.kind, status: commitment.status,
      confidence: confidence(of: commitment.status, commitment.statusConfidence),
      targets: commitment.target.map { ["\($0)"] } ?? commitment.milestones.map(\.due.description),
      daysOverdue: overdueDays, agencies: commitment.carriers,
      latestEvidence: latest.map(EvidenceFacts.init), milestones: milestones, continues: commitment.continues,
      otherSectorNames: sector.otherNames)
  }

  /// How sure a status is (`Plan.asOf` worked it out); nil with no report.
  static func confidence(of status: CommitmentStatus, _ confidence: Confidence) -> Confidence? {
    status == .unknown ? nil : confidence
  }

  static func facts(of meeting: Meeting, schedule: Schedule) -> MeetingFacts {
    MeetingFacts(meeting: meeting, daysUntil: schedule.daysUntil(meeting))
  }
}

extension ReportedItem {
  init(_ fact: ReportedFact) {
    self.init(
      subject: fact.subject, id: fact.id,
      evidence: EvidenceFacts(
        date: fact.date, summary: fact.summary, source: fact.source, url: fact.url, confidence: fact.confidence,
        recordedBy: fact.recording?.author, recordedAt: fact.recording?.recordedAt))
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
