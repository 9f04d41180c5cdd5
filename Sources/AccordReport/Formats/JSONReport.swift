import AccordCore

/// The briefing as JSON, schema `accord-report/2` (docs/report-format.md). Keys keep the
/// documented order; a value the data lacks is `null`, never left out.
public enum JSONReport {
  public static func render(_ briefing: Briefing) -> String {
    document(briefing).text() + "\n"
  }

  /// The schema of several plans' briefings in one document, `accord-report-plans/1`.
  public static let plansFormat = "accord-report-plans/1"

  /// Several plans' briefings: each plan's short id and its whole `accord-report/2` document,
  /// in the order the plans were given.
  public static func render(plans briefings: [Briefing]) -> String {
    let plans = briefings.map { JSONValue.object([("id", text($0.key)), ("briefing", document($0))]) }
    let today: JSONValue = briefings.first.map { .string("\($0.today)") } ?? .null
    return JSONValue.object([("format", .string(plansFormat)), ("today", today), ("plans", .array(plans))]).text()
      + "\n"
  }

  static func document(_ briefing: Briefing) -> JSONValue {
    let countdown = briefing.countdown
    let pace = briefing.pace
    return .object([
      ("format", .string(Briefing.format)),
      ("plan", .object([("title", text(briefing.title)), ("short_title", text(briefing.shortTitle))])),
      ("today", .string("\(briefing.today)")),
      ("since", .string("\(briefing.since)")),
      (
        "scope",
        .object([
          ("pillar", briefing.scope.pillar != nil ? optionalText(briefing.pillars.first?.id) : .null),
          ("agency", optionalText(briefing.scope.agency)),
        ])
      ),
      (
        "countdown",
        .object([
          ("period_start", .string("\(countdown.periodStart)")), ("period_end", .string("\(countdown.periodEnd)")),
          ("days_to_period_end", .int(countdown.daysToPeriodEnd)), ("valid_until", .string("\(countdown.validUntil)")),
          ("days_to_validity_end", .int(countdown.daysToValidityEnd)), ("phase", .string(countdown.phase)),
        ])
      ),
      (
        "pace",
        .object([
          ("period_gone", .number((pace.periodGone * 10_000).rounded() / 10_000)),
          ("deliverables", .int(pace.deliverables)), ("deliverables_done", .int(pace.deliverablesDone)),
          ("milestones", .int(pace.milestones)), ("milestones_done", .int(pace.milestonesDone)),
        ])
      ),
      ("pillars", .array(briefing.pillars.map(pillar))),
      ("carriers", .array(briefing.carriers.map(carrier))),
      (
        "overdue",
        .array(
          briefing.overdue.map { item in
            .object([
              ("id", text(item.id)), ("commitment", text(item.commitmentID)), ("what", text(item.what)),
              ("due", text(item.due)),
              ("days_overdue", .int(item.daysOverdue)), ("status", .string(item.status.rawValue)),
            ])
          })
      ),
      (
        "due_before_next_meeting",
        .array(
          briefing.dueBeforeNextMeeting.map { item in
            .object([
              ("id", text(item.id)), ("commitment", text(item.commitmentID)), ("what", text(item.what)),
              ("due", text(item.due)),
              ("deadline", .string("\(item.deadline)")),
            ])
          })
      ),
      (
        "reported_since",
        .array(
          briefing.reportedSince.map { item in
            .object(
              [("subject", .string(item.subject.rawValue)), ("id", text(item.id))] + evidence(item.evidence)
                + [("led_by", leaders(item.leaders))])
          })
      ),
      ("next_meetings", .array(briefing.nextMeetings.map(meeting))),
      ("unreported_meetings", .array(briefing.unreportedMeetings.map(meeting))),
    ])
  }

  static func text(_ value: String) -> JSONValue { .string(FormatText.json(value)) }
  static func optionalText(_ value: String?) -> JSONValue { value.map(text) ?? .null }

  static func pillar(_ pillar: PillarFacts) -> JSONValue {
    .object([
      ("id", text(pillar.id)), ("name", text(pillar.name)),
      ("counts", .object(CommitmentStatus.allCases.map { ($0.rawValue, .int(pillar.count($0))) })),
      ("reported_only", .object(CommitmentStatus.allCases.map { ($0.rawValue, .int(pillar.reportedOnly($0))) })),
      ("deliverables", .int(pillar.deliverables)), ("deliverables_done", .int(pillar.deliverablesDone)),
      ("overdue", .int(pillar.overdue)),
      ("commitments", .array(pillar.commitments.map(commitment))),
    ])
  }

  static func commitment(_ commitment: CommitmentFacts) -> JSONValue {
    .object([
      ("id", text(commitment.id)), ("sector", text(commitment.sectorID)), ("sector_name", text(commitment.sectorName)),
      ("kind", .string(commitment.kind.rawValue)), ("status", .string(commitment.status.rawValue)),
      ("confidence", .optional(commitment.confidence?.rawValue)),
      ("targets", .array(commitment.targets.map(text))),
      ("overdue", .bool(commitment.isOverdue)), ("days_overdue", .optional(commitment.daysOverdue)),
      ("agencies", .array(commitment.agencies.map(text))), ("text", text(commitment.text)),
      ("latest_evidence", commitment.latestEvidence.map { .object(evidence($0)) } ?? .null),
      (
        "milestones",
        .array(
          commitment.milestones.map { milestone in
            .object([
              ("id", text(milestone.id)), ("what", text(milestone.what)), ("due", text(milestone.due)),
              ("status", .string(milestone.status.rawValue)), ("confidence", .optional(milestone.confidence?.rawValue)),
              ("overdue", .bool(milestone.daysOverdue != nil)), ("days_overdue", .optional(milestone.daysOverdue)),
            ])
          })
      ),
    ])
  }

  static func evidence(_ evidence: EvidenceFacts) -> [(String, JSONValue)] {
    [
      ("date", .string("\(evidence.date)")), ("summary", text(evidence.summary)), ("source", text(evidence.source)),
      ("url", optionalText(FormatText.link(evidence.url))), ("confidence", .string(evidence.confidence.rawValue)),
      ("recorded_by", optionalText(evidence.recordedBy)), ("recorded_at", optionalText(evidence.recordedAt)),
    ]
  }

  static func meeting(_ meeting: MeetingFacts) -> JSONValue {
    .object([
      ("id", text(meeting.id)), ("title", text(meeting.title)), ("type", .string(meeting.type.rawValue)),
      ("date", .optional(meeting.date.map { "\($0)" })), ("end", .optional(meeting.end.map { "\($0)" })),
      ("place", optionalText(meeting.place)), ("status", .string(meeting.status.rawValue)),
      ("confidence", .string(meeting.confidence.rawValue)), ("source", text(meeting.source)),
      ("context", .bool(meeting.isContext)), ("days_until", .optional(meeting.daysUntil)),
      ("led_by", leaders(meeting.ledBy)),
    ])
  }

  static func leaders(_ leaders: MeetingLeaders?) -> JSONValue {
    leaders.map { leaders in
      .object([
        ("lao", optionalText(leaders.lao)), ("cambodia", optionalText(leaders.cambodia)),
        ("source", text(leaders.source)),
      ])
    } ?? .null
  }

  static func carrier(_ carrier: CarrierFacts) -> JSONValue {
    .object([
      ("name", text(carrier.name)), ("side", .optional(carrier.body?.side.rawValue)),
      ("commitments", .array(carrier.commitments.map(text))), ("with_report", .int(carrier.withReport)),
      ("overdue", .int(carrier.overdue)),
    ])
  }
}
