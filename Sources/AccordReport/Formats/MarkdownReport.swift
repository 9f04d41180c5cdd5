import AccordCore
import AccordText

/// The briefing as Markdown: headings, lists and tables padded so they read as plain text
/// in a terminal or an e-mail, and render on any forge.
public enum MarkdownReport {
  public static func render(_ briefing: Briefing) -> String {
    let md = FormatText.markdown
    let paper = BriefingPaper(briefing)
    var out: [String] = []
    out.append("# \(md(briefing.shortTitle)): briefing as of \(briefing.today)")
    out.append("")
    out.append(md(briefing.title))
    out.append("")
    out.append("Scope: \(BriefingWording.scope(briefing, escape: FormatText.markdown))")
    out.append("")
    out.append("## Countdown and pace")
    out.append("")
    out.append(
      "- "
        + BriefingWording.countdown(
          briefing.countdown.daysToPeriodEnd, to: "the period's end", briefing.countdown.periodEnd))
    out.append(
      "- "
        + BriefingWording.countdown(
          briefing.countdown.daysToValidityEnd, to: "the end of validity", briefing.countdown.validUntil))
    out.append(
      "- Period gone: \(BriefingWording.percent(briefing.pace.periodGone)) (from \(briefing.countdown.periodStart))")
    out.append(
      "- Deliverables done: \(BriefingWording.share(briefing.pace.deliverablesDone, of: briefing.pace.deliverables))")
    out.append(
      "- Milestones done: \(BriefingWording.share(briefing.pace.milestonesDone, of: briefing.pace.milestones))")
    out.append("")
    out.append("## Key messages")
    out.append("")
    out += list(BriefingKeyMessages.lines(briefing, escape: md), empty: "")
    out.append("")
    out.append("## Next meetings")
    out.append("")
    out += meetings(Array(briefing.nextMeetings.prefix(3)), empty: "No meeting is to come.", countdown: true)
    out.append("")
    out.append("## Pillars")
    out.append("")
    out += table(
      [
        "pillar", "commitments", "done", "in progress", "continuous", "not started", "no report", "deliverables done",
        "overdue",
      ],
      briefing.pillars.map { pillar in
        [
          "\(md(pillar.id)) \(md(pillar.name))", "\(pillar.commitments.count)", BriefingWording.count(pillar, .done),
          BriefingWording.count(pillar, .inProgress), BriefingWording.count(pillar, .continuous),
          BriefingWording.count(pillar, .notStarted),
          "\(pillar.count(.unknown))", BriefingWording.share(pillar.deliverablesDone, of: pillar.deliverables),
          "\(pillar.overdue)",
        ]
      })
    for news in paper.pillars {
      out += pillar(news, since: briefing.since)
    }
    out.append("")
    out.append("## Meetings reported since \(briefing.since)")
    out.append("")
    out += list(paper.meetingNews.map(reported), empty: "No meeting was reported since \(briefing.since).")
    out.append("")
    out.append("## Meetings to come")
    out.append("")
    out += meetings(briefing.nextMeetings, empty: "No meeting is to come.", countdown: true)
    out.append("")
    out.append("## Meetings with no report")
    out.append("")
    out += meetings(briefing.unreportedMeetings, empty: "Every meeting due has a report.", countdown: false)
    out += continued(briefing)
    out.append("")
    out.append("## Annex: commitments with no report")
    out.append("")
    out +=
      paper.silent.isEmpty
      ? ["Every commitment has a report."]
      : table(
        ["sector", "no report", "commitments"],
        paper.silent.map {
          ["\(md($0.sectorID)) \(md($0.sectorName))", "\($0.ids.count)", $0.ids.map(md).joined(separator: ", ")]
        })
    let references = SourceReference.list(briefing)
    if !references.isEmpty {
      out.append("")
      out.append("## References")
      out.append("")
      out += references.enumerated().map { index, reference in
        let publisher = reference.publisher.isEmpty ? "" : "\(md(reference.publisher)), "
        return "\(index + 1). \(publisher)“\(md(reference.title))”, \(reference.date), <\(reference.url)>"
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A pillar's news since `since`, what is overdue, and its commitments with a report, each
  /// named by its text and its sector.
  static func pillar(_ news: BriefingPaper.PillarNews, since: Day) -> [String] {
    let md = FormatText.markdown
    let name = { (commitment: CommitmentFacts) in
      "\(md(commitment.sectorName)), \(md(BriefingWording.short(commitment.text)))"
    }
    var out = ["", "## Pillar \(md(news.pillar.id)): \(md(news.pillar.name))", "", "Moved since \(since):", ""]
    out += list(news.moved.map(reported), empty: "Nothing reported.")
    out += ["", "Overdue:", ""]
    out += list(
      news.overdue.map { item, commitment in
        "**\(md(item.id))** (due \(md(item.due)), \(BriefingWording.overdue(item.daysOverdue)) overdue, \(item.status.label)): "
          + (item.id == commitment.id
            ? name(commitment) : "\(md(BriefingWording.short(item.what))); \(md(commitment.id)) \(name(commitment))")
      }, empty: "Nothing overdue.")
    out += ["", "Commitments with a report:", ""]
    out +=
      news.reported.isEmpty
      ? ["None."]
      : table(
        ["id", "sector", "commitment", "status", "target", "latest evidence"],
        news.reported.map { commitment in
          [
            md(commitment.id), md(commitment.sectorName), md(BriefingWording.short(commitment.text)),
            BriefingWording.status(commitment.status, commitment.confidence),
            commitment.targets.map(md).joined(separator: ", "),
            commitment.latestEvidence.map { "\($0.date) \(md(short($0.source)))" } ?? "",
          ]
        })
    return out
  }

  /// The commitments that carry on one of the plan it follows (`continues:`), each with the
  /// one it continues; nothing when none does.
  static func continued(_ briefing: Briefing) -> [String] {
    let md = FormatText.markdown
    let continued = briefing.pillars.flatMap(\.commitments).compactMap { commitment in
      commitment.continues.map { (commitment, $0) }
    }
    guard !continued.isEmpty else { return [] }
    let older = briefing.succeeds.map(md) ?? "the plan this one follows"
    return ["", "## Carried on from \(older)", ""]
      + list(
        continued.map { commitment, old in
          "**\(md(commitment.id))** continues \(md(old)): \(md(BriefingWording.short(commitment.text)))"
        }, empty: "")
  }

  static func reported(_ item: ReportedItem) -> String {
    let md = FormatText.markdown
    let evidence = item.evidence
    var line = "\(evidence.date) · \(item.subject.rawValue) \(md(item.id)): \(md(evidence.summary)) "
    line +=
      FormatText.link(evidence.url).map { "(source: [\(md(evidence.source))](\($0)))" }
      ?? "(source: \(md(evidence.source)))"
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
        [
          BriefingWording.when(meeting),
          countdown ? BriefingWording.countdown(meeting) : BriefingWording.meetingStatus(meeting.status),
          md(meeting.title), meeting.place.map(md) ?? "", md(short(meeting.source)),
        ]
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
      "| "
        + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - DisplayWidth.of($0)) }.joined(
          separator: " | ") + " |"
    }
    return [line(header), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
      + rows.map(line)
  }
}
