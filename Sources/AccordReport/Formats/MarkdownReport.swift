import AccordCore
import AccordText

/// The briefing as Markdown: headings, lists and tables padded so they read as plain text
/// in a terminal or an e-mail, and render on any forge.
public enum MarkdownReport {
  public static func render(_ briefing: Briefing) -> String {
    let md = FormatText.markdown
    var out: [String] = []
    out.append("# \(md(briefing.shortTitle)): briefing as of \(briefing.today)")
    out.append("")
    out.append(md(briefing.title))
    out.append("")
    out.append("Scope: \(BriefingWording.scope(briefing, escape: FormatText.markdown))")
    out.append("")
    out.append("## Countdown")
    out.append("")
    out.append("- " + BriefingWording.countdown(briefing.countdown.daysToPeriodEnd, to: "the period's end", briefing.countdown.periodEnd))
    out.append("- " + BriefingWording.countdown(briefing.countdown.daysToValidityEnd, to: "the end of validity", briefing.countdown.validUntil))
    out.append("")
    out.append("## Pace")
    out.append("")
    out.append("- Period gone: \(BriefingWording.percent(briefing.pace.periodGone)) (from \(briefing.countdown.periodStart))")
    out.append("- Deliverables done: \(BriefingWording.share(briefing.pace.deliverablesDone, of: briefing.pace.deliverables))")
    out.append("- Milestones done: \(BriefingWording.share(briefing.pace.milestonesDone, of: briefing.pace.milestones))")
    out.append("")
    out.append("## Pillars")
    out.append("")
    out += table(
      ["pillar", "commitments", "done", "in progress", "continuous", "not started", "no report", "deliverables done", "overdue"],
      briefing.pillars.map { pillar in
        ["\(md(pillar.id)) \(md(pillar.name))", "\(pillar.commitments.count)", BriefingWording.count(pillar, .done),
         BriefingWording.count(pillar, .inProgress), BriefingWording.count(pillar, .continuous), BriefingWording.count(pillar, .notStarted),
         "\(pillar.count(.unknown))", BriefingWording.share(pillar.deliverablesDone, of: pillar.deliverables), "\(pillar.overdue)"]
      })
    for pillar in briefing.pillars {
      out.append("")
      out.append("## Pillar \(md(pillar.id)): \(md(pillar.name))")
      out.append("")
      out += table(
        ["id", "sector", "kind", "status", "target", "overdue", "latest evidence"],
        pillar.commitments.map { commitment in
          [md(commitment.id), md(commitment.sectorID), commitment.kind.rawValue,
           BriefingWording.status(commitment.status, commitment.confidence),
           commitment.targets.map(md).joined(separator: ", "), BriefingWording.overdue(commitment.daysOverdue),
           commitment.latestEvidence.map { "\($0.date) \(md(short($0.source)))" } ?? ""]
        })
    }
    out.append("")
    out.append("## Overdue")
    out.append("")
    out += list(briefing.overdue.map { item in
      "**\(md(item.id))** (due \(md(item.due)), \(BriefingWording.overdue(item.daysOverdue)) overdue, \(item.status.label)): \(md(item.what))"
    }, empty: "Nothing overdue.")
    out.append("")
    out.append("## Reported since \(briefing.since)")
    out.append("")
    out += list(briefing.reportedSince.map(reported), empty: "Nothing reported since \(briefing.since).")
    out.append("")
    out.append("## Next meetings")
    out.append("")
    out += meetings(briefing.nextMeetings, empty: "No meeting to come has a date yet.", countdown: true)
    out.append("")
    out.append("## Planned meetings with no report")
    out.append("")
    out += meetings(briefing.unreportedMeetings, empty: "Every meeting due has a report.", countdown: false)
    return out.joined(separator: "\n") + "\n"
  }

  static func reported(_ item: ReportedItem) -> String {
    let md = FormatText.markdown
    let evidence = item.evidence
    var line = "\(evidence.date) · \(item.subject.rawValue) \(md(item.id)): \(md(evidence.summary)) (source: \(md(evidence.source))"
    if let url = FormatText.link(evidence.url) { line += ", <\(url)>" }
    line += ")"
    if evidence.confidence == .reported { line += " [reported only]" }
    if let author = evidence.recordedBy {
      line += " [journal: \(md(author))\(evidence.recordedAt.map { ", \(md($0))" } ?? "")]"
    }
    return line
  }

  static func meetings(_ meetings: [MeetingFacts], empty: String, countdown: Bool) -> [String] {
    guard !meetings.isEmpty else { return [empty] }
    let md = FormatText.markdown
    return table(
      ["when", countdown ? "in" : "status", "meeting", "place", "source"],
      meetings.map { meeting in
        [BriefingWording.when(meeting),
         countdown ? BriefingWording.countdown(meeting) : BriefingWording.meetingStatus(meeting.status),
         md(meeting.title), meeting.place.map(md) ?? "", md(short(meeting.source))]
      })
  }

  /// A source cut to 40 columns in a table, so the table stays readable as text; the
  /// other formats and "reported since" give it whole.
  static func short(_ text: String) -> String { TextFit.truncate(text, to: 40) }

  static func list(_ items: [String], empty: String) -> [String] {
    items.isEmpty ? [empty] : items.map { "- " + $0 }
  }

  /// A pipe table with every column padded to its widest cell (by display width, so Lao
  /// and Khmer line up too).
  static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    let widths = header.indices.map { column in
      ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      "| " + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - DisplayWidth.of($0)) }.joined(separator: " | ") + " |"
    }
    return [line(header), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"] + rows.map(line)
  }
}
