/// Every field of every model type, in declaration order; `ArchiveReader+Plan` reads them back
/// in the same order. A field added to the model goes in both, and the format version goes up.
extension ArchiveWriter {
  mutating func plan(_ plan: Plan) {
    info(plan.info)
    list(plan.pillars) { $0.pillar($1) }
    list(plan.meetings) { $0.meeting($1) }
    list(plan.bodies) { $0.body($1) }
  }

  mutating func info(_ info: PlanInfo) {
    text(info.title)
    text(info.shortTitle)
    texts(info.parties)
    day(info.signed)
    optional(info.signedAt) { $0.text($1) }
    texts(info.signatories)
    day(info.periodStart)
    day(info.periodEnd)
    day(info.validUntil)
    optional(info.source) { $0.text($1) }
    optional(info.succeeds) { $0.text($1) }
    optional(info.id) { $0.text($1) }
    names(info.otherTitles)
    names(info.otherShortTitles)
  }

  mutating func pillar(_ pillar: Pillar) {
    text(pillar.id)
    text(pillar.name)
    list(pillar.sectors) { $0.sector($1) }
    names(pillar.otherNames)
  }

  mutating func sector(_ sector: Sector) {
    text(sector.id)
    text(sector.name)
    list(sector.commitments) { $0.commitment($1) }
    texts(sector.bodies)
    names(sector.otherNames)
  }

  mutating func commitment(_ commitment: Commitment) {
    text(commitment.id)
    text(commitment.text)
    choice(commitment.kind)
    optional(commitment.target) { $0.target($1) }
    texts(commitment.bodies)
    texts(commitment.alsoNamed)
    texts(commitment.carriers)
    flag(commitment.carriedBySector)
    choice(commitment.status)
    list(commitment.evidence) { $0.evidence($1) }
    list(commitment.milestones) { $0.milestone($1) }
    optional(commitment.continues) { $0.text($1) }
    choice(commitment.statusConfidence)
  }

  mutating func milestone(_ milestone: Milestone) {
    text(milestone.id)
    text(milestone.what)
    optional(milestone.due.target) { $0.target($1) }
    flag(milestone.due.agreedDateAllowed)
    choice(milestone.status)
    list(milestone.evidence) { $0.evidence($1) }
    choice(milestone.statusConfidence)
  }

  mutating func evidence(_ evidence: Evidence) {
    date(evidence.date)
    text(evidence.summary)
    text(evidence.source)
    optional(evidence.url) { $0.text($1) }
    choice(evidence.confidence)
    optional(evidence.status) { $0.choice($1) }
    optional(evidence.recording) { $0.recording($1) }
    optional(evidence.published) { $0.date($1) }
  }

  mutating func recording(_ recording: Recording) {
    text(recording.author)
    optional(recording.authorName) { $0.text($1) }
    text(recording.recordedAt)
    optional(recording.journalID) { $0.integer($1) }
  }

  mutating func meeting(_ meeting: Meeting) {
    text(meeting.id)
    text(meeting.title)
    choice(meeting.type)
    optional(meeting.date) { $0.date($1) }
    optional(meeting.end) { $0.day($1) }
    optional(meeting.place) { $0.text($1) }
    choice(meeting.status)
    choice(meeting.confidence)
    texts(meeting.sectors)
    texts(meeting.commitments)
    text(meeting.source)
    optional(meeting.url) { $0.text($1) }
    optional(meeting.note) { $0.text($1) }
    flag(meeting.isContext)
    list(meeting.evidence) { $0.meetingEvidence($1) }
    optional(meeting.announced) { $0.announcement($1) }
    optional(meeting.published) { $0.date($1) }
    optional(meeting.fulfils) { $0.text($1) }
    optional(meeting.ledBy) { $0.leaders($1) }
    names(meeting.otherTitles)
  }

  mutating func meetingEvidence(_ evidence: MeetingEvidence) {
    date(evidence.date)
    choice(evidence.status)
    text(evidence.summary)
    text(evidence.source)
    optional(evidence.url) { $0.text($1) }
    choice(evidence.confidence)
    optional(evidence.recording) { $0.recording($1) }
  }

  mutating func announcement(_ announcement: Announcement) {
    date(announcement.date)
    text(announcement.source)
    optional(announcement.url) { $0.text($1) }
  }

  mutating func leaders(_ leaders: MeetingLeaders) {
    optional(leaders.lao) { $0.text($1) }
    optional(leaders.cambodia) { $0.text($1) }
    text(leaders.source)
  }

  mutating func body(_ body: Body) {
    text(body.id)
    choice(body.side)
    for name in [body.english, body.lao, body.khmer] {
      text(name.name)
      text(name.source)
    }
  }

  mutating func target(_ target: Target) {
    date(target.start)
    date(target.end)
  }

  mutating func day(_ day: Day) {
    integer(day.year)
    integer(day.month)
    integer(day.day)
  }

  /// Its precision (0 a day, 1 a month, 2 a year), then its numbers.
  mutating func date(_ date: PlanDate) {
    switch date {
    case .day(let year, let month, let day):
      unsigned(0)
      self.day(Day(year: year, month: month, day: day))
    case .month(let year, let month):
      unsigned(1)
      integer(year)
      integer(month)
    case .year(let year):
      unsigned(2)
      integer(year)
    }
  }
}
