import AccordCore

/// What rests only on `reported` evidence (an aggregator, an inferred year) is marked so
/// wherever it is shown or counted, never passed off as confirmed and never told by colour
/// alone: `~` before a commitment's status, and counts that say how many are reported only.
enum ReportedOnly {
  static let mark = "~"

  /// `2`, or `2 (~1)` when one of the two rests only on reported evidence; `compact`: `2~1`.
  static func count(_ summary: ProgressSummary, _ status: CommitmentStatus, compact: Bool = false) -> String {
    let count = summary.count(status)
    let reported = summary.reportedOnly(status)
    guard reported > 0 else { return String(count) }
    return compact ? "\(count)\(mark)\(reported)" : "\(count) (\(mark)\(reported))"
  }

  /// Whether a commitment's status rests only on reported evidence.
  static func holds(for commitment: Commitment) -> Bool {
    commitment.status != .unknown && commitment.statusConfidence == .reported
  }

  /// The legend: `~ reported only`.
  static let legend = "\(mark) reported only"
}
