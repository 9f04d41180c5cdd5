/// Turns a composed YAML tree into a `Plan`, checking the structure, every value, and the
/// references between them (ids, sectors, commitments).
struct PlanDecoder {
  var reader: NodeReader
  /// The line where each id was first defined, by kind (a sector and a meeting may share an
  /// id), to point at the duplicate and the original. Keyed by value, not by a string made of
  /// the kind: interpolating an enum reflects on it (Mirror), 7% of the start-up's instructions.
  private var firstLines: [PlanProblem.IDKind: [String: Int]] = [:]
  /// The plan's bodies by id, decoded before the sectors that name them.
  var bodies: [String: Body] = [:]
  /// Every body id the file declares, though the body be invalid.
  var declaredBodies = Set<String>()
  /// Whether the plan names a plan it follows: a commitment may then carry one of its on.
  private var succeedsAPlan = false

  static let formatVersion = "accord-plan/1"

  init(file: String) {
    reader = NodeReader(file: file)
  }

  var diagnostics: [PlanDiagnostic] { reader.diagnostics }

  mutating func decode(_ root: Node) -> Plan? {
    guard
      let top = reader.fields(
        of: root, .planFile, required: ["format", "plan", "pillars"], optional: ["bodies", "meetings"])
    else { return nil }
    if let format = reader.string(top, "format"), format != Self.formatVersion {
      reader.report(.unsupportedFormat(format, supported: Self.formatVersion), at: top["format"])
    }
    let info = top["plan"].flatMap { decodeInfo($0) }
    let bodyList = reader.sequence(top, "bodies").compactMap { decodeBody($0) }
    bodies = Dictionary(bodyList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let pillars = reader.sequence(top, "pillars").compactMap { decodePillar($0) }
    if top["pillars"] != nil && pillars.isEmpty && reader.diagnostics.isEmpty {
      reader.report(.noPillars, at: top["pillars"])
    }
    let meetingNodes = reader.sequence(top, "meetings")
    let meetings = meetingNodes.compactMap { decodeMeeting($0) }
    guard let info, reader.diagnostics.isEmpty else { return nil }
    let plan = Plan(info: info, pillars: pillars, meetings: meetings, bodies: bodyList)
    checkReferences(plan, meetingNodes: meetingNodes)
    return reader.diagnostics.isEmpty ? plan : nil
  }

  /// The plan's `id:`, if given and well formed.
  private mutating func planKey(_ fields: Fields) -> String? {
    guard fields["id"] != nil, let id = reader.string(fields, "id") else { return nil }
    guard PlanInfo.isKey(id) else {
      reader.report(.badPlanID(SafeText.sanitized(id)), at: fields["id"])
      return nil
    }
    return id
  }

  private mutating func decodeInfo(_ node: Node) -> PlanInfo? {
    guard
      let fields = reader.fields(
        of: node, .key("plan"),
        required: ["title", "signed", "period", "valid_until"],
        optional: ["id", "short_title", "parties", "signed_at", "signatories", "source", "succeeds"])
    else { return nil }
    let (title, otherTitles) = decodeNames(fields, "title")
    let (shortTitle, otherShortTitles) =
      fields["short_title"] != nil ? decodeNames(fields, "short_title") : (title, otherTitles)
    let signed = reader.day(fields, "signed")
    let validUntil = reader.day(fields, "valid_until")
    var period: (Day, Day)?
    if let periodNode = fields["period"],
      let periodFields = reader.fields(of: periodNode, .key("period"), required: ["start", "end"]),
      let start = reader.day(periodFields, "start"), let end = reader.day(periodFields, "end")
    {
      if end < start {
        reader.report(.periodEndsBeforeStart(end: end, start: start), at: periodNode)
      } else {
        period = (start, end)
      }
    }
    var info = PlanInfo(
      title: title ?? "", shortTitle: shortTitle ?? "", parties: reader.strings(fields, "parties"),
      signed: signed ?? Day(year: 1970, month: 1, day: 1),
      signedAt: fields["signed_at"] != nil ? reader.string(fields, "signed_at") : nil,
      signatories: reader.strings(fields, "signatories"),
      periodStart: period?.0 ?? Day(year: 1970, month: 1, day: 1),
      periodEnd: period?.1 ?? Day(year: 1970, month: 1, day: 1),
      validUntil: validUntil ?? Day(year: 1970, month: 1, day: 1),
      source: fields["source"] != nil ? reader.string(fields, "source") : nil,
      succeeds: fields["succeeds"] != nil ? reader.string(fields, "succeeds") : nil, id: planKey(fields))
    info.otherTitles = otherTitles
    info.otherShortTitles = otherShortTitles
    succeedsAPlan = info.succeeds != nil
    guard title != nil, signed != nil, validUntil != nil, period != nil else { return nil }
    return info
  }

  private mutating func decodePillar(_ node: Node) -> Pillar? {
    guard let fields = reader.fields(of: node, .pillar, required: ["id", "name", "sectors"]) else { return nil }
    let id = reader.string(fields, "id")
    let (name, otherNames) = decodeNames(fields)
    let sectors = reader.sequence(fields, "sectors").compactMap { decodeSector($0) }
    guard let id, let name else { return nil }
    return Pillar(id: id, name: name, sectors: sectors, otherNames: otherNames)
  }

  private mutating func decodeSector(_ node: Node) -> Sector? {
    guard
      let fields = reader.fields(of: node, .sector, required: ["id", "name", "commitments"], optional: ["bodies"])
    else { return nil }
    let id = reader.string(fields, "id")
    let (name, otherNames) = decodeNames(fields)
    if let id, let idNode = fields["id"] {
      remember(id, .sector, at: idNode)
    }
    let lineMinistries = bodyIDs(fields, .sector)
    let commitments = reader.sequence(fields, "commitments").compactMap { decodeCommitment($0, sector: id) }.map {
      carried($0, lineMinistries: lineMinistries)
    }
    guard let id, let name else { return nil }
    return Sector(id: id, name: name, commitments: commitments, bodies: lineMinistries, otherNames: otherNames)
  }

  private mutating func decodeCommitment(_ node: Node, sector: String?) -> Commitment? {
    guard
      let fields = reader.fields(
        of: node, .commitment, required: ["id", "kind", "status", "text"],
        optional: ["target", "bodies", "also_named", "evidence", "milestones", "continues"])
    else { return nil }
    let id = reader.string(fields, "id")
    if let id, let idNode = fields["id"] {
      remember(id, .commitment, at: idNode)
      if let sector, !id.hasPrefix(sector + ".") {
        reader.report(.commitmentOutsideSector(id: id, sector: sector), at: idNode)
      }
    }
    let text = reader.string(fields, "text")
    let kind = reader.choice(fields, "kind", as: Commitment.Kind.self)
    let status = reader.choice(fields, "status", as: CommitmentStatus.self)
    let target = fields["target"] != nil ? decodeTarget(fields, "target") : nil
    let (evidence, evidenceIsClean) = decodeEvidence(fields, of: status)
    let milestones = reader.sequence(fields, "milestones").compactMap { decodeMilestone($0, commitment: id) }
    if evidenceIsClean { checkStatusAgrees(status, with: evidence, at: fields["status"], milestones: milestones) }
    if let targetNode = fields["target"], fields["milestones"] != nil {
      reader.report(.targetWithMilestones, at: targetNode)
    }
    if let status, status != .unknown, fields["evidence"] == nil, milestones.allSatisfy({ $0.evidence.isEmpty }) {
      reader.report(.statusNeedsEvidence(status.rawValue), at: fields["status"])
    }
    if kind == .continuous, let targetNode = fields["target"] {
      reader.report(.targetOfContinuous, at: targetNode)
    }
    let continues = fields["continues"] != nil ? reader.string(fields, "continues") : nil
    if continues != nil && !succeedsAPlan {
      reader.report(.continuesWithoutSucceeds, at: fields["continues"])
    }
    guard let id, let text, let kind, let status else { return nil }
    return Commitment(
      id: id, text: text, kind: kind, target: target, bodies: bodyIDs(fields, .commitment),
      alsoNamed: reader.strings(fields, "also_named"), status: status, evidence: evidence, milestones: milestones,
      continues: continues)
  }

  private mutating func decodeMilestone(_ node: Node, commitment: String?) -> Milestone? {
    guard
      let fields = reader.fields(
        of: node, .milestone, required: ["id", "what", "due", "status"], optional: ["evidence"])
    else { return nil }
    let id = reader.string(fields, "id")
    if let id, let idNode = fields["id"] {
      remember(id, .milestone, at: idNode)
      if let commitment, !(id.hasPrefix(commitment) && id.count > commitment.count) {
        reader.report(.milestoneIDOutsideCommitment(id: id, commitment: commitment), at: idNode)
      }
    }
    let what = reader.string(fields, "what")
    let due = decodeDue(fields)
    let status = reader.choice(fields, "status", as: CommitmentStatus.self)
    let (evidence, evidenceIsClean) = decodeEvidence(fields, of: status)
    if let status, status != .unknown, fields["evidence"] == nil {
      reader.report(.statusNeedsEvidence(status.rawValue), at: fields["status"])
    }
    if evidenceIsClean { checkStatusAgrees(status, with: evidence, at: fields["status"], milestones: []) }
    guard let id, let what, let due, let status else { return nil }
    return Milestone(id: id, what: what, due: due, status: status, evidence: evidence)
  }

  /// The file's status is the status its newest evidence that supports one shows: when that
  /// report says otherwise, one of the two is wrong.
  private mutating func checkStatusAgrees(
    _ status: CommitmentStatus?, with evidence: [Evidence], at node: Node?, milestones: [Milestone]
  ) {
    guard let status else { return }
    guard let newest = evidence.filter({ $0.status != nil }).newest, let shown = newest.status else {
      // With milestones, the status may come from theirs; else it would rest on nothing.
      if status != .unknown, milestones.isEmpty, !evidence.isEmpty {
        reader.report(.statusWithoutSupport(status.rawValue), at: node)
      }
      return
    }
    guard shown != status else { return }
    reader.report(.statusDisagrees(status.rawValue, newest: newest.date, shows: shown.rawValue), at: node)
  }

  /// `2023`, `2023-2024`, `agreed` ("an agreed date"), or `2023 or agreed`.
  private mutating func decodeDue(_ fields: Fields) -> Due? {
    guard let text = reader.string(fields, "due") else { return nil }
    if text == "agreed" { return Due(target: nil) }
    let orAgreed = " or agreed"
    if text.hasSuffix(orAgreed) {
      let date = String(text.dropLast(orAgreed.count))
      return parseTarget(date, in: fields, "due").map { Due(target: $0, agreedDateAllowed: true) }
    }
    return decodeTarget(fields, "due").map { Due(target: $0) }
  }

  private mutating func decodeTarget(_ fields: Fields, _ key: String) -> Target? {
    guard let text = reader.string(fields, key) else { return nil }
    return parseTarget(text, in: fields, key)
  }

  /// `2023`, `2023-06`, `2023-06-30`, or a span of years `2023-2024`.
  private mutating func parseTarget(_ text: String, in fields: Fields, _ key: String) -> Target? {
    let parts = text.split(separator: "-")
    if parts.count == 2, parts.allSatisfy({ $0.count == 4 }),
      let from = PlanDate(iso: String(parts[0])), let to = PlanDate(iso: String(parts[1]))
    {
      guard from <= to else {
        reader.report(.spanEndsBeforeStart(key: key, text: text), at: fields[key])
        return nil
      }
      return Target(start: from, end: to)
    }
    if let date = PlanDate(iso: text) { return Target(date) }
    reader.report(.notATarget(key: key, NodeReader.dateProblem(text), agreedAllowed: key == "due"), at: fields[key])
    return nil
  }

  mutating func remember(_ id: String, _ kind: PlanProblem.IDKind, at node: Node) {
    if let first = firstLines[kind]?[id] {
      reader.report(.duplicateID(kind, id, firstLine: first), at: node)
    } else {
      firstLines[kind, default: [:]][id] = node.mark?.line ?? 0
    }
  }

  /// Meetings may only point at sectors, commitments and milestones that exist.
  private mutating func checkReferences(_ plan: Plan, meetingNodes: [Node]) {
    let sectorIds = Set(plan.sectors.map(\.id))
    let commitmentIds = Set(plan.commitments.map(\.id))
    let milestoneIds = plan.commitments.flatMap { $0.milestones.map(\.id) }
    for (meeting, node) in zip(plan.meetings, meetingNodes) {
      guard case .mapping(let mapping) = node else { continue }
      for sector in meeting.sectors where sector != "all" && !sectorIds.contains(sector) {
        let suggestion = Suggestion.closest(to: sector, in: Array(sectorIds))
        reader.report(
          .meetingNamesUnknownSector(meeting: meeting.id, sector: sector, suggestion: suggestion),
          at: mapping["sectors"])
      }
      for commitment in meeting.commitments where !commitmentIds.contains(commitment) {
        reader.report(
          .meetingNamesUnknownCommitment(meeting: meeting.id, commitment: commitment), at: mapping["commitments"])
      }
      if let milestone = meeting.fulfils, !milestoneIds.contains(milestone) {
        let suggestion = Suggestion.closest(to: milestone, in: milestoneIds)
        reader.report(
          .meetingFulfilsUnknownMilestone(meeting: meeting.id, milestone: milestone, suggestion: suggestion),
          at: mapping["fulfils"])
      }
    }
  }
}
