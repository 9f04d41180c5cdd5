import AccordCore
import AccordText

/// The briefing as one self-contained HTML page: inline CSS and SVG, nothing fetched from
/// elsewhere (a Content-Security-Policy forbids it), laid out to print on A4.
public enum HTMLReport {
  public static func render(_ briefing: Briefing) -> String {
    let h = FormatText.html
    let paper = BriefingPaper(briefing)
    var body: [String] = []
    body.append("<header><h1>\(h(briefing.shortTitle)): briefing as of \(briefing.today)</h1>")
    body.append("<p class=\"subtitle\">\(h(briefing.title))</p>")
    body.append("<p>Scope: \(BriefingWording.scope(briefing, escape: FormatText.html))</p></header>")

    body.append("<section class=\"summary\"><h2>Countdown and pace</h2><ul>")
    body.append(
      "<li>"
        + BriefingWording.countdown(
          briefing.countdown.daysToPeriodEnd, to: "the period's end", briefing.countdown.periodEnd) + "</li>")
    body.append(
      "<li>"
        + BriefingWording.countdown(
          briefing.countdown.daysToValidityEnd, to: "the end of validity", briefing.countdown.validUntil) + "</li>")
    body.append(
      "<li>Period gone: \(BriefingWording.percent(briefing.pace.periodGone)) (from \(briefing.countdown.periodStart))</li>"
    )
    body.append(
      "<li>Deliverables done: \(BriefingWording.share(briefing.pace.deliverablesDone, of: briefing.pace.deliverables))</li>"
    )
    body.append(
      "<li>Milestones done: \(BriefingWording.share(briefing.pace.milestonesDone, of: briefing.pace.milestones))</li>")
    body.append("</ul></section>")
    body.append("<section class=\"key\"><h2>Key messages</h2>")
    body.append(list(BriefingKeyMessages.lines(briefing, escape: h), empty: ""))
    body.append("</section><section><h2>Next meetings</h2>")
    body.append(meetings(Array(briefing.nextMeetings.prefix(3)), empty: "No meeting is to come.", countdown: true))
    body.append("</section>")

    // The pictures open the second page: the first holds what a reader must see.
    body.append("<section class=\"pictures\"><h2>Pillars</h2><div class=\"gauges\">")
    body += briefing.pillars.map(gauge)
    body.append("</div><h2>Timeline of the period</h2>")
    body.append(timeline(briefing))
    body.append("</section>")

    for news in paper.pillars {
      body.append(pillar(news, since: briefing.since))
    }

    body.append("<section><h2>Who carries it</h2>")
    body.append(
      briefing.carriers.isEmpty
        ? "<p>\(BriefingWording.noCarrier)</p>"
        : table(BriefingWording.carrierHeader, briefing.carriers.map { BriefingWording.carrierRow($0, escape: h) }))
    body.append("</section>")
    body.append("<section><h2>Meetings reported since \(briefing.since)</h2>")
    body.append(list(paper.meetingNews.map(reported), empty: "No meeting was reported since \(briefing.since)."))
    body.append("</section><section><h2>Meetings to come</h2>")
    body.append(meetings(briefing.nextMeetings, empty: "No meeting is to come.", countdown: true))
    body.append("</section><section><h2>Meetings with no report</h2>")
    body.append(meetings(briefing.unreportedMeetings, empty: "Every meeting due has a report.", countdown: false))
    body.append("</section>")
    body.append("<section><h2>Annex: commitments with no report</h2>")
    body.append(
      paper.silent.isEmpty
        ? "<p>Every commitment has a report.</p>"
        : table(
          ["sector", "no report", "commitments"],
          paper.silent.map {
            ["\(h($0.sectorID)) \(h($0.sectorName))", "\($0.ids.count)", $0.ids.map(h).joined(separator: ", ")]
          }))
    body.append("</section>")
    let references = SourceReference.list(briefing)
    if !references.isEmpty {
      body.append("<section><h2>References</h2><ol class=\"references\">")
      body += references.map { reference in
        let publisher = reference.publisher.isEmpty ? "" : "\(h(reference.publisher)), "
        return "<li>\(publisher)<a href=\"\(h(reference.url))\">“\(h(reference.title))”</a>, \(reference.date)</li>"
      }
      body.append("</ol></section>")
    }

    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="accord report, \(Briefing.format)">
      <title>\(h(briefing.shortTitle)): briefing as of \(briefing.today)</title>
      <style>\(style)\(pageFooter(briefing))</style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  /// Each printed page's footer: the plan's title and the day, and the page's number.
  static func pageFooter(_ briefing: Briefing) -> String {
    let title = FormatText.cssString("\(briefing.shortTitle): briefing as of \(briefing.today)")
    return """

      @page { @bottom-left { content: \(title); font: 8pt sans-serif; color: #555; } \
      @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; } }
      """
  }

  /// A pillar's news since `since`, what is overdue, and its commitments with a report, each
  /// named by its text and its sector.
  static func pillar(_ news: BriefingPaper.PillarNews, since: Day) -> String {
    let h = FormatText.html
    let name = { (commitment: CommitmentFacts) in
      "\(h(commitment.sectorName)): \(h(BriefingWording.short(commitment.text)))"
    }
    var out = [
      "<section><h2>Pillar \(h(news.pillar.id)): \(h(news.pillar.name))</h2>", "<h3>Moved since \(since)</h3>",
    ]
    out.append(list(news.moved.map(reported), empty: "Nothing reported."))
    out.append("<h3>Overdue</h3>")
    out.append(
      list(
        news.overdue.map { item, commitment in
          "<strong>\(h(item.id))</strong> (due \(h(item.due)), \(BriefingWording.overdue(item.daysOverdue)) overdue, \(item.status.label)): "
            + (item.id == commitment.id
              ? name(commitment)
              : "\(h(BriefingWording.short(item.what))); <strong>\(h(commitment.id))</strong> \(name(commitment))")
        }, empty: "Nothing overdue."))
    out.append("<h3>Commitments with a report</h3>")
    out.append(
      news.reported.isEmpty
        ? "<p>None.</p>"
        : table(
          ["id", "sector", "commitment", "status", "target", "latest evidence"],
          news.reported.map { commitment in
            [
              h(commitment.id), h(commitment.sectorName), h(BriefingWording.short(commitment.text)),
              statusCell(commitment.status, commitment.confidence), commitment.targets.map(h).joined(separator: ", "),
              commitment.latestEvidence.map { "\($0.date) \(source($0))" } ?? "",
            ]
          }))
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  /// A source's text, a link where it has a web address.
  static func source(_ evidence: EvidenceFacts) -> String {
    let text = FormatText.html(evidence.source)
    return FormatText.link(evidence.url).map { "<a href=\"\(FormatText.html($0))\">\(text)</a>" } ?? text
  }

  static func statusCell(_ status: CommitmentStatus, _ confidence: Confidence?) -> String {
    "<span class=\"status-\(status.rawValue)\">\(BriefingWording.status(status, confidence))</span>"
  }

  static func reported(_ item: ReportedItem) -> String {
    let h = FormatText.html
    let evidence = item.evidence
    var line =
      "<time>\(evidence.date)</time> · \(item.subject.rawValue) <strong>\(h(item.id))</strong>: \(h(evidence.summary)) <span class=\"source\">(source: \(source(evidence)))</span>"
    if evidence.confidence == .reported { line += " <em>reported only</em>" }
    if let leaders = item.leaders { line += "; " + BriefingWording.leaders(leaders, escape: h) }
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
        [
          BriefingWording.when(meeting),
          countdown ? BriefingWording.countdown(meeting) : BriefingWording.meetingStatus(meeting.status),
          h(meeting.title), meeting.place.map(h) ?? "", h(meeting.source),
        ]
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
