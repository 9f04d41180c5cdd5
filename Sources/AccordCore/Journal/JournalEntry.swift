/// An update as someone typed it, on the command line or in the dashboard's form: text, checked
/// against the plan as the plan file is before anything is written.
public struct JournalEntry: Sendable, Equatable {
  /// What can be typed; a problem names the one it is about, so a form can show it there.
  public enum Field: String, Sendable, CaseIterable {
    case target, status, date, note, source, url, confidence, corrects
  }

  public var targetID: String
  public var status: String
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil means today.
  public var date: String?
  public var note: String
  public var source: String
  public var url: String?
  public var confidence: String
  public var corrects: Int?

  public init(
    targetID: String, status: String, date: String? = nil, note: String = "", source: String = "", url: String? = nil,
    confidence: String = Confidence.confirmed.rawValue, corrects: Int? = nil
  ) {
    self.targetID = targetID
    self.status = status
    self.date = date
    self.note = note
    self.source = source
    self.url = url
    self.confidence = confidence
    self.corrects = corrects
  }

  /// The update this entry makes in `plan` on `today`, or every problem with it.
  public func checked(in plan: Plan, today: Day) -> Result<JournalUpdate, Problems> {
    var problems: [Problem] = []
    var kind = JournalUpdate.TargetKind.commitment
    switch JournalValidation.targetKind(of: targetID, in: plan) {
    case .success(let found): kind = found
    case .failure(let problem): problems.append(problem)
    }
    let day = date.map { PlanDate(iso: $0) } ?? .some(.day(year: today.year, month: today.month, day: today.day))
    if day == nil { problems.append(.notADate(date ?? "")) }
    if let day, !JournalUpdate.mayBeAhead(kind, status: status), day.earliestDay > today {
      problems.append(.afterToday(day, today: today))
    }
    if let day, let problem = Self.outsidePlanYears(day, plan: plan) { problems.append(problem) }
    let trust = Confidence(rawValue: confidence)
    if trust == nil { problems.append(.notAConfidence(confidence)) }
    let url = url.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    let update = JournalUpdate(
      targetKind: kind, targetID: targetID, status: status, date: day ?? .year(0), note: note, source: source,
      url: url, confidence: trust ?? .confirmed, corrects: corrects)
    problems += JournalValidation.fieldProblems(in: update)
    return problems.isEmpty ? .success(update) : .failure(Problems(list: problems))
  }

  /// A date outside the years the plan spans, from its signing to the end of its validity:
  /// `0001-01-01` is a typo, not a report.
  static func outsidePlanYears(_ date: PlanDate, plan: Plan) -> Problem? {
    let first = min(plan.info.signed, plan.info.periodStart).year
    let last = max(plan.info.periodEnd, plan.info.validUntil).year
    guard date.year < first || date.year > last else { return nil }
    return .outsidePlanYears(date, first: first, last: last)
  }

  /// Why an entry cannot be recorded, one problem a field or more.
  public struct Problems: Error, Sendable, Equatable {
    public var list: [Problem]
  }
}
