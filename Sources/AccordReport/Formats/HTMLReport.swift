import AccordCore
import AccordText

/// The briefing as one self-contained HTML page: inline CSS and SVG, nothing fetched from
/// elsewhere (a Content-Security-Policy forbids it), laid out to print on A4.
public enum HTMLReport {
  public static func render(_ briefing: Briefing) -> String {
    let h = FormatText.html
    var body: [String] = []
    body.append("<header><h1>\(h(briefing.shortTitle)): briefing as of \(briefing.today)</h1>")
    body.append("<p class=\"subtitle\">\(h(briefing.title))</p>")
    body.append("<p>Scope: \(BriefingWording.scope(briefing, escape: FormatText.html))</p></header>")

    body.append("<section class=\"summary\"><h2>Countdown and pace</h2><ul>")
    body.append("<li>" + BriefingWording.countdown(briefing.countdown.daysToPeriodEnd, to: "the period's end", briefing.countdown.periodEnd) + "</li>")
    body.append("<li>" + BriefingWording.countdown(briefing.countdown.daysToValidityEnd, to: "the end of validity", briefing.countdown.validUntil) + "</li>")
    body.append("<li>Period gone: \(BriefingWording.percent(briefing.pace.periodGone)) (from \(briefing.countdown.periodStart))</li>")
    body.append("<li>Deliverables done: \(BriefingWording.share(briefing.pace.deliverablesDone, of: briefing.pace.deliverables))</li>")
    body.append("<li>Milestones done: \(BriefingWording.share(briefing.pace.milestonesDone, of: briefing.pace.milestones))</li>")
    body.append("</ul></section>")

    body.append("<section><h2>Pillars</h2><div class=\"gauges\">")
    body += briefing.pillars.map(gauge)
    body.append("</div></section>")

    body.append("<section><h2>Timeline of the period</h2>")
    body.append(timeline(briefing))
    body.append("</section>")

    for pillar in briefing.pillars {
      body.append("<section><h2>Pillar \(h(pillar.id)): \(h(pillar.name))</h2>")
      body.append(table(
        ["id", "sector", "kind", "status", "target", "overdue", "latest evidence"],
        pillar.commitments.map { commitment in
          [h(commitment.id), h(commitment.sectorID), commitment.kind.rawValue,
           statusCell(commitment.status, commitment.confidence),
           commitment.targets.map(h).joined(separator: ", "), BriefingWording.overdue(commitment.daysOverdue),
           commitment.latestEvidence.map { "\($0.date) \(h($0.source))" } ?? ""]
        }))
      body.append("</section>")
    }

    body.append("<section><h2>Overdue</h2>")
    body.append(list(briefing.overdue.map { item in
      "<strong>\(h(item.id))</strong> (due \(h(item.due)), \(BriefingWording.overdue(item.daysOverdue)) overdue, \(item.status.label)): \(h(item.what))"
    }, empty: "Nothing overdue."))
    body.append("</section>")

    body.append("<section><h2>Reported since \(briefing.since)</h2>")
    body.append(list(briefing.reportedSince.map(reported), empty: "Nothing reported since \(briefing.since)."))
    body.append("</section>")

    body.append("<section><h2>Next meetings</h2>")
    body.append(meetings(briefing.nextMeetings, empty: "No meeting to come has a date yet.", countdown: true))
    body.append("</section><section><h2>Planned meetings with no report</h2>")
    body.append(meetings(briefing.unreportedMeetings, empty: "Every meeting due has a report.", countdown: false))
    body.append("</section>")

    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="accord report, \(Briefing.format)">
      <title>\(h(briefing.shortTitle)): briefing as of \(briefing.today)</title>
      <style>\(style)</style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  static func statusCell(_ status: CommitmentStatus, _ confidence: Confidence?) -> String {
    "<span class=\"status-\(status.rawValue)\">\(BriefingWording.status(status, confidence))</span>"
  }

  static func reported(_ item: ReportedItem) -> String {
    let h = FormatText.html
    let evidence = item.evidence
    var source = h(evidence.source)
    if let url = FormatText.link(evidence.url) { source = "<a href=\"\(h(url))\">\(source)</a>" }
    var line = "<time>\(evidence.date)</time> · \(item.subject.rawValue) <strong>\(h(item.id))</strong>: \(h(evidence.summary)) <span class=\"source\">(source: \(source))</span>"
    if evidence.confidence == .reported { line += " <em>reported only</em>" }
    if let author = evidence.recordedBy {
      line += " <span class=\"source\">[journal: \(h(author))\(evidence.recordedAt.map { ", \(h($0))" } ?? "")]</span>"
    }
    return line
  }

  static func meetings(_ meetings: [MeetingFacts], empty: String, countdown: Bool) -> String {
    guard !meetings.isEmpty else { return "<p>\(empty)</p>" }
    let h = FormatText.html
    return table(
      ["when", countdown ? "in" : "status", "meeting", "place", "source"],
      meetings.map { meeting in
        [BriefingWording.when(meeting),
         countdown ? BriefingWording.countdown(meeting) : BriefingWording.meetingStatus(meeting.status),
         h(meeting.title), meeting.place.map(h) ?? "", h(meeting.source)]
      })
  }

  /// Cells are HTML already escaped by the caller.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    let head = "<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>"
    let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined(separator: "\n")
    return "<table>\(head)\n<tbody>\n\(body)\n</tbody></table>"
  }

  static func list(_ items: [String], empty: String) -> String {
    items.isEmpty ? "<p>\(empty)</p>" : "<ul>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
  }
}
