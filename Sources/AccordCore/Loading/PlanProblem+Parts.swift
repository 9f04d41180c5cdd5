extension PlanProblem {
  /// The mapping a problem is in: a kind of thing of the plan, or a key's value.
  public enum Thing: Equatable, Sendable {
    case planFile
    case settings
    case pillar
    case sector
    case commitment
    case milestone
    case meeting
    case body
    case evidenceItem
    case meetingEvidenceItem
    case names
    case plansItem
    /// The value of a key, e.g. `plan:` or a body's `lo:`.
    case key(String)
  }

  /// What a value is instead of the one expected; a text is cut to `quoteLimit` characters.
  public enum Found: Equatable, Sendable {
    case nothing
    case text(String)
    case mapping
    case list
  }

  /// Why a text is not a date.
  public enum DateProblem: Equatable, Sendable {
    /// The year's first `quoteLimit` digits, and whether there are more.
    case yearOutOfRange(String, cut: Bool)
    case notARealDay(String, month: Int, year: Int, days: Int, day: Int)
    case notADate(String)
  }

  /// The kinds of thing an id names, each unique among its kind.
  public enum IDKind: Hashable, Sendable {
    case sector
    case commitment
    case milestone
    case meeting
    case body
  }

  /// What names a body of the plan.
  public enum IDOwner: Equatable, Sendable {
    case sector
    case commitment
  }

  /// How much of a value a sentence quotes.
  public static let quoteLimit = 40
  /// How many digits of a too long year a sentence quotes.
  public static let yearLimit = 12
}
