/// The briefing as CSV: one row per commitment in scope, RFC 4180 (CRLF line ends, quoted
/// fields), UTF-8, for a spreadsheet. Text from the data can never start a formula.
public enum CSVReport {
  public static let header = [
    "id", "pillar", "sector", "sector_name", "kind", "status", "confidence", "targets", "overdue", "days_overdue",
    "agencies", "latest_evidence_date", "latest_evidence_source", "text",
  ]

  public static func render(_ briefing: Briefing) -> String {
    file([header.joined(separator: ",")] + rows(briefing))
  }

  /// Several plans' commitments in one table: a `plan` column first, the plan's short id
  /// (`id:` under `plan:`, as `:` in the dashboard takes it), then the columns of one plan.
  public static func render(plans briefings: [Briefing]) -> String {
    file(
      [(["plan"] + header).joined(separator: ",")]
        + briefings.flatMap { briefing in rows(briefing).map { FormatText.csv(briefing.key) + "," + $0 } })
  }

  static func file(_ lines: [String]) -> String { lines.map { $0 + "\r\n" }.joined() }

  /// A line a commitment, fields joined.
  static func rows(_ briefing: Briefing) -> [String] {
    var lines: [String] = []
    for commitment in briefing.pillars.flatMap(\.commitments) {
      let fields = [
        FormatText.csv(commitment.id),
        FormatText.csv(commitment.pillarID),
        FormatText.csv(commitment.sectorID),
        FormatText.csv(commitment.sectorName),
        commitment.kind.rawValue,
        commitment.status.rawValue,
        commitment.confidence?.rawValue ?? "",
        FormatText.csv(commitment.targets.joined(separator: "; ")),
        commitment.isOverdue ? "yes" : "no",
        commitment.daysOverdue.map(String.init) ?? "",
        FormatText.csv(commitment.agencies.joined(separator: "; ")),
        commitment.latestEvidence.map { "\($0.date)" } ?? "",
        FormatText.csv(commitment.latestEvidence?.source ?? ""),
        FormatText.csv(commitment.text),
      ]
      lines.append(fields.joined(separator: ","))
    }
    return lines
  }
}
