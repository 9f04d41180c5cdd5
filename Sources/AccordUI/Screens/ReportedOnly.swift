import AccordCore
import AccordLocalization

/// What rests only on `reported` evidence (an aggregator, an inferred year) is marked so
/// wherever it is shown or counted, never passed off as confirmed and never told by colour
/// alone: `~` before a commitment's status, and counts that say how many are reported only.
enum ReportedOnly {
  static let mark = "~"

  /// `2`, or `2 (~1)` when one of the two rests only on reported evidence; `compact`: `2~1`.
  static func count(
    _ summary: ProgressSummary, _ status: CommitmentStatus, compact: Bool = false, writing: Writing = .english
  ) -> String {
    let count = writing.number(summary.count(status))
    let reported = writing.number(summary.reportedOnly(status))
    guard summary.reportedOnly(status) > 0 else { return count }
    return compact ? "\(count)\(mark)\(reported)" : "\(count) (\(mark)\(reported))"
  }

  /// The mark before a commitment's status glyph: `~` when it rests only on reported
  /// evidence, else a space.
  static func mark(of commitment: Commitment) -> String { commitment.isReportedOnly ? mark : " " }

  /// The legend: `~ reported only`.
  static func legend(_ writing: Writing) -> String { "\(mark) " + writing.localized("reported only") }
}
