extension JournalEntry {
  /// What is wrong with a typed update, with the values a sentence about it needs. The model
  /// holds no words: the interface words each case in the reader's language (AccordText).
  public enum Problem: Error, Sendable, Equatable {
    /// The id names no commitment, milestone or meeting; `suggestion` is the closest id.
    case unknownTarget(String, suggestion: String?)
    case notADate(String)
    /// Only a meeting may be announced for a day after today.
    case afterToday(PlanDate, today: Day)
    /// A date before the plan's signing or after its validity: a typo, not a report.
    case outsidePlanYears(PlanDate, first: Int, last: Int)
    case notAConfidence(String)
    case notAStatus(String, expected: [String], suggestion: String?)
    case sourceRequired(status: String)
    /// `--corrects` takes an update's number, which starts at 1.
    case notAnUpdateNumber(Int)

    /// The field the problem is about, so a form shows it there.
    public var field: Field {
      switch self {
      case .unknownTarget: .target
      case .notADate, .afterToday, .outsidePlanYears: .date
      case .notAConfidence: .confidence
      case .notAStatus: .status
      case .sourceRequired: .source
      case .notAnUpdateNumber: .corrects
      }
    }
  }
}
