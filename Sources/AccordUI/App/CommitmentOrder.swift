import AccordCore
import AccordLocalization

/// How a list of commitments is sorted (`s` steps through them): the plan's order, or what
/// needs attention first. Sorting is stable, so ties keep the plan's order.
public enum CommitmentOrder: CaseIterable, Sendable {
  case plan, status, overdue, lastReport

  /// What the list's header says.
  func label(_ writing: Writing = .english) -> String {
    switch self {
    case .plan: writing.localized("in the plan's order")
    case .status: writing.localized("by status")
    case .overdue: writing.localized("most overdue first")
    case .lastReport: writing.localized("latest report first")
    }
  }

  /// After a list's count: nothing for the plan's order, else how it is sorted.
  func suffix(_ glyphs: Glyphs, _ writing: Writing = .english) -> String {
    self == .plan ? "" : glyphs.separator + label(writing)
  }

  var next: CommitmentOrder {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// `commitments` in this order as of `today`.
  func sorted(_ commitments: [Commitment], on today: Day) -> [Commitment] {
    // Each key worked out once, then the indices sorted: no key is computed in a comparison.
    let keys: [(Int, Int)] = commitments.enumerated().map { index, commitment in
      switch self {
      case .plan: (0, index)
      case .status: (CommitmentStatus.allCases.firstIndex(of: commitment.status)!, index)
      case .overdue:
        // Longest overdue first; the rest after, in the plan's order.
        (commitment.overdueTarget(on: today).map { -$0.deadline.days(until: today) } ?? 1, index)
      case .lastReport:
        // Newest report first (a negative day number); never reported last.
        (commitment.evidence.newest.map { -$0.date.latestDay.ordinal } ?? Int.max, index)
      }
    }
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { commitments[$0] }
  }
}
