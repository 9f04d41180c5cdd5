/// The model read back in `ArchiveWriter+Plan`'s order.
extension ArchiveReader {
  typealias Read<Value> = @Sendable (inout ArchiveReader) throws(PlanArchiveError) -> Value

  // The readers `list` and `optional` take, one a type.
  static let text: Read<String> = { reader throws(PlanArchiveError) in try reader.text() }
  static let integer: Read<Int> = { reader throws(PlanArchiveError) in try reader.integer() }
  static let day: Read<Day> = { reader throws(PlanArchiveError) in try reader.day() }
  static let date: Read<PlanDate> = { reader throws(PlanArchiveError) in try reader.date() }
  static let target: Read<Target> = { reader throws(PlanArchiveError) in try reader.target() }
  static let pillar: Read<Pillar> = { reader throws(PlanArchiveError) in try reader.pillar() }
  static let sector: Read<Sector> = { reader throws(PlanArchiveError) in try reader.sector() }
  static let commitment: Read<Commitment> = { reader throws(PlanArchiveError) in try reader.commitment() }
  static let milestone: Read<Milestone> = { reader throws(PlanArchiveError) in try reader.milestone() }
  static let evidence: Read<Evidence> = { reader throws(PlanArchiveError) in try reader.evidence() }
  static let status: Read<CommitmentStatus> = { reader throws(PlanArchiveError) in try reader.choice() }
  static let recording: Read<Recording> = { reader throws(PlanArchiveError) in try reader.recording() }
  static let meeting: Read<Meeting> = { reader throws(PlanArchiveError) in try reader.meeting() }
  static let meetingEvidence: Read<MeetingEvidence> = { reader throws(PlanArchiveError) in
    try reader.meetingEvidence()
  }
  static let announcement: Read<Announcement> = { reader throws(PlanArchiveError) in try reader.announcement() }
  static let leaders: Read<MeetingLeaders> = { reader throws(PlanArchiveError) in try reader.leaders() }
  static let body: Read<Body> = { reader throws(PlanArchiveError) in try reader.body() }

  mutating func plan() throws(PlanArchiveError) -> Plan {
    Plan(
      info: try info(), pillars: try list(Self.pillar),
      meetings: try list(Self.meeting),
      bodies: try list(Self.body))
  }

  mutating func info() throws(PlanArchiveError) -> PlanInfo {
    var info = PlanInfo(
      title: try text(), shortTitle: try text(), parties: try texts(), signed: try day(),
      signedAt: try optional(Self.text), signatories: try texts(), periodStart: try day(), periodEnd: try day(),
      validUntil: try day(), source: try optional(Self.text), succeeds: try optional(Self.text),
      id: try optional(Self.text))
    info.otherTitles = try names()
    info.otherShortTitles = try names()
    return info
  }

  mutating func pillar() throws(PlanArchiveError) -> Pillar {
    Pillar(
      id: try text(), name: try text(), sectors: try list(Self.sector),
      otherNames: try names())
  }

  mutating func sector() throws(PlanArchiveError) -> Sector {
    Sector(
      id: try text(), name: try text(),
      commitments: try list(Self.commitment), bodies: try texts(),
      otherNames: try names())
  }

  mutating func commitment() throws(PlanArchiveError) -> Commitment {
    let (id, text, kind, target) = (try text(), try text(), try choice() as Commitment.Kind, try optional(Self.target))
    let (bodies, alsoNamed, carriers, carriedBySector) = (try texts(), try texts(), try texts(), try flag())
    var commitment = Commitment(
      id: id, text: text, kind: kind, target: target, bodies: bodies, alsoNamed: alsoNamed, status: try choice(),
      evidence: try list(Self.evidence),
      milestones: try list(Self.milestone),
      continues: try optional(Self.text), carriers: carriers)
    commitment.carriedBySector = carriedBySector
    commitment.statusConfidence = try choice()
    return commitment
  }

  mutating func milestone() throws(PlanArchiveError) -> Milestone {
    let (id, what, target) = (try text(), try text(), try optional(Self.target))
    // Set apart from `Due.init`, which would allow an agreed date whenever no target is given.
    var due = Due(target: target)
    due.agreedDateAllowed = try flag()
    var milestone = Milestone(id: id, what: what, due: due, status: try choice(), evidence: try list(Self.evidence))
    milestone.statusConfidence = try choice()
    return milestone
  }

  mutating func evidence() throws(PlanArchiveError) -> Evidence {
    Evidence(
      date: try date(), summary: try text(), source: try text(), url: try optional(Self.text),
      confidence: try choice(), status: try optional(Self.status),
      recording: try optional(Self.recording), published: try optional(Self.date))
  }

  mutating func recording() throws(PlanArchiveError) -> Recording {
    Recording(
      author: try text(), authorName: try optional(Self.text), recordedAt: try text(),
      journalID: try optional(Self.integer))
  }

  mutating func meeting() throws(PlanArchiveError) -> Meeting {
    var meeting = Meeting(
      id: try text(), title: try text(), type: try choice(), date: try optional(Self.date),
      end: try optional(Self.day), place: try optional(Self.text),
      status: try choice(), confidence: try choice(), sectors: try texts(), commitments: try texts(),
      source: try text(), url: try optional(Self.text), note: try optional(Self.text), isContext: try flag(),
      evidence: try list(Self.meetingEvidence),
      announced: try optional(Self.announcement),
      published: try optional(Self.date), fulfils: try optional(Self.text),
      ledBy: try optional(Self.leaders))
    meeting.otherTitles = try names()
    return meeting
  }

  mutating func meetingEvidence() throws(PlanArchiveError) -> MeetingEvidence {
    MeetingEvidence(
      date: try date(), status: try choice(), summary: try text(), source: try text(), url: try optional(Self.text),
      confidence: try choice(), recording: try optional(Self.recording))
  }

  mutating func announcement() throws(PlanArchiveError) -> Announcement {
    Announcement(date: try date(), source: try text(), url: try optional(Self.text))
  }

  mutating func leaders() throws(PlanArchiveError) -> MeetingLeaders {
    MeetingLeaders(lao: try optional(Self.text), cambodia: try optional(Self.text), source: try text())
  }

  mutating func body() throws(PlanArchiveError) -> Body {
    Body(id: try text(), side: try choice(), english: try bodyName(), lao: try bodyName(), khmer: try bodyName())
  }

  mutating func bodyName() throws(PlanArchiveError) -> BodyName { BodyName(name: try text(), source: try text()) }

  mutating func target() throws(PlanArchiveError) -> Target { Target(start: try date(), end: try date()) }

  mutating func day() throws(PlanArchiveError) -> Day {
    Day(year: try integer(), month: try integer(), day: try integer())
  }

  mutating func date() throws(PlanArchiveError) -> PlanDate {
    switch try unsigned() {
    case 0:
      let day = try day()
      return .day(year: day.year, month: day.month, day: day.day)
    case 1: return .month(year: try integer(), month: try integer())
    case 2: return .year(try integer())
    default: throw malformed
    }
  }
}
