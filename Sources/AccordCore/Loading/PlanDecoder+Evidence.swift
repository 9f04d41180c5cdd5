/// Evidence items: a commitment's or milestone's reports, and a meeting's, with who recorded
/// them when they come from the journal (`accord export` writes those keys).
extension PlanDecoder {
  static let recordingKeys = ["recorded_by", "recorded_by_name", "recorded_at", "journal_update"]

  /// A commitment's or milestone's report: its `status` says what it supports (`none`: it is
  /// context), and may be left out only where the item's own status is `unknown`, so that no
  /// report silently takes a status it does not show.
  mutating func decodeEvidence(_ node: Node, of owner: CommitmentStatus?) -> Evidence? {
    guard
      let fields = reader.fields(
        of: node, .evidenceItem, required: ["date", "summary", "source"],
        optional: ["status", "url", "confidence", "published"] + Self.recordingKeys)
    else { return nil }
    let published = fields["published"] != nil ? reader.planDate(fields, "published") : nil
    let supported =
      fields["status"] != nil ? reader.choice(fields, "status", as: SupportedStatus.self) : SupportedStatus.none
    if fields["status"] == nil, let owner, owner != .unknown {
      reader.report(
        .evidenceNeedsStatus(ofStatus: owner.rawValue, allowed: SupportedStatus.allCases.map(\.rawValue)), at: node)
    }
    guard let report = decodeReport(fields), let supported else { return nil }
    return Evidence(
      date: report.date, summary: report.summary, source: report.source, url: report.url,
      confidence: report.confidence, status: supported.status, recording: report.recording, published: published)
  }

  /// An item's `evidence`, and whether it was read without a problem (else the item's status
  /// is not checked against it: one problem is enough to report).
  mutating func decodeEvidence(_ fields: Fields, of owner: CommitmentStatus?) -> (evidence: [Evidence], clean: Bool) {
    let problems = reader.diagnostics.count
    let evidence = reader.sequence(fields, "evidence").compactMap { decodeEvidence($0, of: owner) }
    return (evidence, reader.diagnostics.count == problems)
  }

  /// What an evidence item may say it supports: a status, or `none`.
  enum SupportedStatus: String, CaseIterable {
    case done
    case inProgress = "in-progress"
    case continuous
    case notStarted = "not-started"
    case unknown
    case none

    var status: CommitmentStatus? { CommitmentStatus(rawValue: rawValue) }
  }

  /// What became of a meeting: its `status` is required, a meeting status.
  mutating func decodeMeetingEvidence(_ node: Node) -> MeetingEvidence? {
    guard
      let fields = reader.fields(
        of: node, .meetingEvidenceItem, required: ["date", "status", "summary", "source"],
        optional: ["url", "confidence"] + Self.recordingKeys)
    else { return nil }
    let status = reader.choice(fields, "status", as: MeetingStatus.self)
    guard let report = decodeReport(fields), let status else { return nil }
    return MeetingEvidence(
      date: report.date, status: status, summary: report.summary, source: report.source, url: report.url,
      confidence: report.confidence, recording: report.recording)
  }

  /// The fields every evidence item shares.
  private mutating func decodeReport(
    _ fields: Fields
  ) -> (date: PlanDate, summary: String, source: String, url: String?, confidence: Confidence, recording: Recording?)? {
    let date = reader.planDate(fields, "date")
    let summary = reader.string(fields, "summary")
    let source = reader.string(fields, "source")
    let url = fields["url"] != nil ? reader.string(fields, "url") : nil
    let confidence = fields["confidence"] != nil ? reader.choice(fields, "confidence", as: Confidence.self) : .confirmed
    let recording = decodeRecording(fields)
    guard let date, let summary, let source, let confidence else { return nil }
    return (date, summary, source, url, confidence, recording)
  }

  /// `recorded_by` (the account), `recorded_at` (UTC, `2026-11-25T06:30:00Z`), and optionally
  /// `recorded_by_name` (the account's full name) and `journal_update` (its number there).
  private mutating func decodeRecording(_ fields: Fields) -> Recording? {
    guard Self.recordingKeys.contains(where: { fields[$0] != nil }) else { return nil }
    let author = reader.string(fields, "recorded_by")
    let at = reader.string(fields, "recorded_at")
    if fields["recorded_by"] == nil {
      reader.report(.recordedByMissing, at: fields.node)
    }
    if fields["recorded_at"] == nil {
      reader.report(.recordedAtMissing, at: fields.node)
    }
    if let at, !Self.isRecordingTime(at) {
      reader.report(.notARecordingTime(NodeReader.quoted(at)), at: fields["recorded_at"])
    }
    let name = fields["recorded_by_name"] != nil ? reader.string(fields, "recorded_by_name") : nil
    var number: Int?
    if let text = fields["journal_update"] != nil ? reader.string(fields, "journal_update") : nil {
      let digits = text.allSatisfy { $0.isASCII && $0.isNumber }
      number = digits ? Int(text).flatMap { $0 > 0 ? $0 : nil } : nil
      if number == nil {
        reader.report(.notAJournalUpdate(NodeReader.quoted(text)), at: fields["journal_update"])
      }
    }
    guard let author, let at, Self.isRecordingTime(at) else { return nil }
    return Recording(author: author, authorName: name, recordedAt: at, journalID: number)
  }

  /// `2026-11-25T06:30:00Z`: a real day, a real time of day, UTC.
  static func isRecordingTime(_ text: String) -> Bool {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, Day(iso: String(parts[0])) != nil, parts[1].hasSuffix("Z") else { return false }
    let clock = parts[1].dropLast().split(separator: ":", omittingEmptySubsequences: false)
    let limits = [23, 59, 60]
    guard clock.count == 3 else { return false }
    return zip(clock, limits).allSatisfy { part, limit in
      part.count == 2 && part.allSatisfy { $0.isASCII && $0.isNumber } && Int(part)! <= limit
    }
  }
}
