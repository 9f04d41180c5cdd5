/// A plan as the plan file it loads from (`format: accord-plan/1`), for `accord export`: the
/// plan with its journal merged in, each update an evidence item with who recorded it and when.
/// Loading the text gives back an equal plan. The file's comments and layout are not kept:
/// the text is written from the plan, not edited.
public enum PlanYAML {
  public static let header =
    "# accord plan file (format \(PlanDecoder.formatVersion)), written by accord export: the plan file with the\n"
    + "# journal's updates as evidence (recorded_by, recorded_at). See README.md, \"Data format\".\n"

  public static func text(_ plan: Plan) throws(YAMLEmitterError) -> String {
    header + (try YAMLEmitter.document(value(plan)))
  }

  static func value(_ plan: Plan) -> YAMLValue {
    mapping([
      ("format", .word(PlanDecoder.formatVersion)),
      ("plan", value(plan.info)),
      ("bodies", list(plan.bodies.map(value))),
      ("pillars", .sequence(plan.pillars.map(value))),
      ("meetings", list(plan.meetings.map(value))),
    ])
  }

  static func value(_ info: PlanInfo) -> YAMLValue {
    mapping([
      ("id", info.id.map(YAMLValue.word)),
      ("title", name(info.title, info.otherTitles)),
      ("short_title", name(info.shortTitle, info.otherShortTitles)),
      ("parties", list(info.parties.map(YAMLValue.text))),
      ("signed", .word("\(info.signed)")),
      ("signed_at", info.signedAt.map(YAMLValue.text)),
      ("signatories", list(info.signatories.map(YAMLValue.text))),
      ("period", .mapping([("start", .word("\(info.periodStart)")), ("end", .word("\(info.periodEnd)"))])),
      ("valid_until", .word("\(info.validUntil)")),
      ("source", info.source.map(YAMLValue.text)),
      ("succeeds", info.succeeds.map(YAMLValue.text)),
    ])
  }

  /// A name as the plan file gave it: text, or `{en: ..., lo: ..., km: ...}` when it has others.
  static func name(_ english: String, _ others: [String: String]) -> YAMLValue {
    guard !others.isEmpty else { return .text(english) }
    return mapping(
      [("en", .text(english))] + PlanDecoder.otherNameLanguages.map { code in (code, others[code].map(YAMLValue.text)) }
    )
  }

  static func value(_ pillar: Pillar) -> YAMLValue {
    mapping([
      ("id", .text(pillar.id)),
      ("name", name(pillar.name, pillar.otherNames)),
      (
        "sectors",
        .sequence(
          pillar.sectors.map { sector in
            mapping([
              ("id", .text(sector.id)),
              ("name", name(sector.name, sector.otherNames)),
              ("bodies", list(sector.bodies.map(YAMLValue.text))),
              ("commitments", .sequence(sector.commitments.map(value))),
            ])
          })
      ),
    ])
  }

  static func value(_ commitment: Commitment) -> YAMLValue {
    mapping([
      ("id", .text(commitment.id)),
      ("kind", .word(commitment.kind.rawValue)),
      ("target", commitment.target.map { .word("\($0)") }),
      ("bodies", list(commitment.bodies.map(YAMLValue.text))),
      ("also_named", list(commitment.alsoNamed.map(YAMLValue.text))),
      ("status", .word(commitment.status.rawValue)),
      ("text", .text(commitment.text)),
      ("continues", commitment.continues.map(YAMLValue.text)),
      ("evidence", list(commitment.evidence.map(value))),
      (
        "milestones",
        list(
          commitment.milestones.map { milestone in
            mapping([
              ("id", .text(milestone.id)),
              ("what", .text(milestone.what)),
              ("due", .word("\(milestone.due)")),
              ("status", .word(milestone.status.rawValue)),
              ("evidence", list(milestone.evidence.map(value))),
            ])
          })
      ),
    ])
  }

  static func value(_ evidence: Evidence) -> YAMLValue {
    mapping(
      [
        ("date", .word("\(evidence.date)")),
        ("status", .word(evidence.status?.rawValue ?? "none")),
        ("summary", .text(evidence.summary)),
        ("source", .text(evidence.source)),
        ("url", evidence.url.map(YAMLValue.text)),
        ("confidence", .word(evidence.confidence.rawValue)),
        ("published", evidence.published.map { .word("\($0)") }),
      ] + recorded(evidence.recording))
  }

  static func value(_ meeting: Meeting) -> YAMLValue {
    mapping([
      ("id", .text(meeting.id)),
      ("title", name(meeting.title, meeting.otherTitles)),
      ("type", .word(meeting.type.rawValue)),
      ("date", meeting.date.map { .word("\($0)") }),
      ("end", meeting.end.map { .word("\($0)") }),
      ("place", meeting.place.map(YAMLValue.text)),
      ("status", .word(meeting.status.rawValue)),
      ("confidence", .word(meeting.confidence.rawValue)),
      ("sectors", list(meeting.sectors.map(YAMLValue.text))),
      ("commitments", list(meeting.commitments.map(YAMLValue.text))),
      ("source", .text(meeting.source)),
      ("published", meeting.published.map { .word("\($0)") }),
      ("url", meeting.url.map(YAMLValue.text)),
      ("note", meeting.note.map(YAMLValue.text)),
      ("context", meeting.isContext ? .word("true") : nil),
      ("evidence", list(meeting.evidence.map(value))),
      ("announced", meeting.announced.map(value)),
      ("fulfils", meeting.fulfils.map(YAMLValue.text)),
      ("led_by", meeting.ledBy.map(value)),
    ])
  }

  static func value(_ body: Body) -> YAMLValue {
    let name = { (name: BodyName) in YAMLValue.mapping([("name", .text(name.name)), ("source", .text(name.source))]) }
    return mapping([
      ("id", .text(body.id)), ("side", .word(body.side.rawValue)),
      ("en", name(body.english)), ("lo", name(body.lao)), ("km", name(body.khmer)),
    ])
  }

  static func value(_ leaders: MeetingLeaders) -> YAMLValue {
    mapping([
      ("lao", leaders.lao.map(YAMLValue.text)),
      ("cambodia", leaders.cambodia.map(YAMLValue.text)),
      ("source", .text(leaders.source)),
    ])
  }

  static func value(_ announcement: Announcement) -> YAMLValue {
    mapping([
      ("date", .word("\(announcement.date)")),
      ("source", .text(announcement.source)),
      ("url", announcement.url.map(YAMLValue.text)),
    ])
  }

  static func value(_ evidence: MeetingEvidence) -> YAMLValue {
    mapping(
      [
        ("date", .word("\(evidence.date)")),
        ("status", .word(evidence.status.rawValue)),
        ("summary", .text(evidence.summary)),
        ("source", .text(evidence.source)),
        ("url", evidence.url.map(YAMLValue.text)),
        ("confidence", .word(evidence.confidence.rawValue)),
      ] + recorded(evidence.recording))
  }

  /// Who recorded a journal update, and when.
  static func recorded(_ recording: Recording?) -> [(String, YAMLValue?)] {
    guard let recording else { return [] }
    return [
      ("recorded_by", .text(recording.author)),
      ("recorded_by_name", recording.authorName.map(YAMLValue.text)),
      ("recorded_at", .text(recording.recordedAt)),
      ("journal_update", recording.journalID.map { .word("\($0)") }),
    ]
  }

  /// The entries that have a value, in order.
  private static func mapping(_ entries: [(String, YAMLValue?)]) -> YAMLValue {
    .mapping(entries.compactMap { key, value in value.map { (key, $0) } })
  }

  /// A list, or nothing when it is empty: the loader reads a missing list as an empty one.
  private static func list(_ items: [YAMLValue]) -> YAMLValue? {
    items.isEmpty ? nil : .sequence(items)
  }
}
