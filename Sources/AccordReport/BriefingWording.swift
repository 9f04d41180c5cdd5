import AccordCore
import AccordText

/// The words every human-readable format shares, so Markdown and HTML say the same thing.
/// Only accord's own words and dates: data text is escaped by each renderer.
enum BriefingWording {
  /// `done`, or `done (reported only)` when no confirmed source backs it.
  static func status(_ status: CommitmentStatus, _ confidence: Confidence?) -> String {
    confidence == .reported ? "\(status.label) (reported only)" : status.label
  }

  /// A pillar's count of a status: `2`, or `2 (1 reported only)`.
  static func count(_ pillar: PillarFacts, _ status: CommitmentStatus) -> String {
    let reported = pillar.reportedOnly(status)
    return reported == 0 ? "\(pillar.count(status))" : "\(pillar.count(status)) (\(reported) reported only)"
  }

  /// `pillar III Economic and Technical, commitments of agencies matching "x"`, or `the whole
  /// plan`; `escape` makes the data text safe for the format.
  static func scope(_ briefing: Briefing, escape: (String) -> String) -> String {
    var parts: [String] = []
    if briefing.scope.pillar != nil, let pillar = briefing.pillars.first {
      parts.append("pillar \(escape(pillar.id)) \(escape(pillar.name))")
    }
    if let agency = briefing.scope.agency { parts.append("commitments of agencies matching “\(escape(agency))”") }
    return parts.isEmpty ? "the whole plan" : parts.joined(separator: ", ")
  }

  /// A commitment's text cut to `BriefingPaper.textWidth` columns with an ellipsis.
  static func short(_ text: String) -> String { TextFit.truncate(text, to: BriefingPaper.textWidth) }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  static func share(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "none" : "\(part) of \(whole) (\(percent(Double(part) / Double(whole))))"
  }

  /// `402 days to the period's end (2027-12-31)`, or how long ago it ended.
  static func countdown(_ days: Int, to what: String, _ day: Day) -> String {
    switch days {
    case 0: "\(what) is today (\(day))"
    case 1...: "\(days) day\(days == 1 ? "" : "s") to \(what) (\(day))"
    default: "\(what) was \(-days) day\(days == -1 ? "" : "s") ago (\(day))"
    }
  }

  /// `2025-11-26 to 2025-11-28`, `date not set (expected 2026-09)`, `date not set`.
  static func when(_ meeting: MeetingFacts) -> String {
    guard let date = meeting.date else { return "date not set" }
    guard date.isExactDay else { return "date not set (expected \(date))" }
    if let end = meeting.end, end != date.earliestDay { return "\(date) to \(end)" }
    return "\(date)"
  }

  /// `in 12 days`, `today`, `day not known`.
  static func countdown(_ meeting: MeetingFacts) -> String {
    // Called off or put off is the news about a meeting to come, ahead of its countdown.
    if meeting.status == .cancelled { return "cancelled" }
    if meeting.status == .postponed {
      return "postponed" + (meeting.daysUntil.map { $0 > 0 ? ", in \($0) day\($0 == 1 ? "" : "s")" : "" } ?? "")
    }
    guard let days = meeting.daysUntil else { return "day not known" }
    switch days {
    case ..<1: return meeting.end.map { _ in "under way" } ?? "today"
    case 1: return "tomorrow"
    default: return "in \(days) days"
    }
  }

  static func meetingStatus(_ status: MeetingStatus) -> String {
    status == .notReported ? "not reported" : status.rawValue
  }

  static func overdue(_ days: Int?) -> String {
    days.map { "\($0) day\($0 == 1 ? "" : "s")" } ?? ""
  }

  /// `led by Lao PDR: Prime Minister Sonexay Siphandone; Cambodia: Prime Minister Hun Manet (host)
  /// (source: KPL, ...)`, as the meeting's screen says it, leaving out a side no source names.
  static func leaders(_ leaders: MeetingLeaders, escape: (String) -> String) -> String {
    let sides = [("Lao PDR", leaders.lao), ("Cambodia", leaders.cambodia)].compactMap { side, name in
      name.map { "\(side): \(escape($0))" }
    }
    return "led by \(sides.joined(separator: "; ")) (source: \(escape(leaders.source)))"
  }

  /// A carrier's row: its name, how many commitments it carries, with a report, overdue, and their ids.
  static func carrierRow(_ carrier: CarrierFacts, escape: (String) -> String) -> [String] {
    [
      escape(carrier.name), "\(carrier.commitments.count)", "\(carrier.withReport)", "\(carrier.overdue)",
      carrier.commitments.map(escape).joined(separator: ", "),
    ]
  }

  static let carrierHeader = ["body", "commitments", "with a report", "overdue", "ids"]
  static let noCarrier = "No commitment in scope names who carries it."
}
