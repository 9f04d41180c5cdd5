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

  /// The mark before a commitment's status glyph: `~` when it rests only on reported
  /// evidence, else a space.
  static func mark(of commitment: Commitment) -> String { commitment.isReportedOnly ? mark : " " }

  /// The legend: `~ reported only`.
  static let legend = "\(mark) reported only"
}
