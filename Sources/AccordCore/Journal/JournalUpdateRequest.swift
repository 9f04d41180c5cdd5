/// An update as typed (command line or form), before it is checked against the plan.
public struct JournalUpdateRequest: Sendable, Equatable {
  public var id: String
  public var status: String
  /// ISO date at its real precision: `2024`, `2024-02`, `2024-02-10`.
  public var date: String
  public var note: String
  public var source: String?
  public var url: String?
  public var confidence: String
  public var corrects: Int?

  public init(
    id: String, status: String, date: String, note: String = "", source: String? = nil,
    url: String? = nil, confidence: String = Confidence.confirmed.rawValue, corrects: Int? = nil
  ) {
    self.id = id
    self.status = status
    self.date = date
    self.note = note
    self.source = source
    self.url = url
    self.confidence = confidence
    self.corrects = corrects
  }
}

/// Why a typed update is refused: the same checks as the plan file's, with the field to fix.
public struct JournalValidationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var field: String
  public var message: String

  public var description: String { "\(field): \(message)" }
}

extension Plan {
  /// Checks `request` against the plan: the id exists (else a did-you-mean), the status is one
  /// its target takes, the date is a real one, a source is given for every status but `unknown`.
  public func validate(_ request: JournalUpdateRequest) throws(JournalValidationError) -> JournalUpdate {
    let target = try resolveTarget(request.id)
    let status = try parseStatus(request.status, for: target)
    guard let date = PlanDate(iso: request.date) else {
      throw JournalValidationError(field: "date", message: "'\(request.date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    }
    guard let confidence = Confidence(rawValue: request.confidence) else {
      throw JournalValidationError(
        field: "confidence",
        message: "'\(request.confidence)' is not a confidence\(Suggestion.hint(for: request.confidence, in: Confidence.allCases.map(\.rawValue)))")
    }
    let source = request.source.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    if source == nil, status != .commitment(.unknown) {
      throw JournalValidationError(field: "source", message: "a source is required for status \(status.rawValue)")
    }
    return JournalUpdate(
      target: target, status: status, date: date, note: request.note, source: source,
      url: request.url, confidence: confidence, corrects: request.corrects)
  }

  private func resolveTarget(_ id: String) throws(JournalValidationError) -> JournalTarget {
    if commitment(id: id) != nil { return .commitment(id) }
    if commitments.contains(where: { $0.milestones.contains { $0.id == id } }) { return .milestone(id) }
    if meeting(id: id) != nil { return .meeting(id) }
    let ids = commitments.flatMap { [$0.id] + $0.milestones.map(\.id) } + meetings.map(\.id)
    throw JournalValidationError(field: "id", message: "no commitment, milestone or meeting '\(id)'\(Suggestion.hint(for: id, in: ids))")
  }

  private func parseStatus(_ text: String, for target: JournalTarget) throws(JournalValidationError) -> JournalStatus {
    if case .meeting = target {
      let allowed: [MeetingStatus] = [.held, .planned]
      if let status = MeetingStatus(rawValue: text), allowed.contains(status) { return .meeting(status) }
      throw JournalValidationError(
        field: "status", message: "'\(text)' is not a meeting status\(Suggestion.hint(for: text, in: allowed.map(\.rawValue)))")
    }
    if let status = CommitmentStatus(rawValue: text) { return .commitment(status) }
    throw JournalValidationError(
      field: "status",
      message: "'\(text)' is not a status\(Suggestion.hint(for: text, in: CommitmentStatus.allCases.map(\.rawValue)))")
  }
}
