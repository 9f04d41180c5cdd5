import AccordCore
import AccordLocalization
import AccordText

/// The briefing as one self-contained HTML page: inline CSS and SVG, nothing fetched from
/// elsewhere (a Content-Security-Policy forbids it), laid out to print on A4.
public enum HTMLReport {
  /// The page in the reader's language: accord's words from the catalog, dates and numbers
  /// as `writing` writes them, the page's `lang` and fonts that have its script.
  public static func render(_ briefing: Briefing, writing: Writing = .english) -> String {
    let words = BriefingWording(writing)
    let title = words.fill(
      writing.localized("%1$s: briefing as of %2$s"), FormatText.html(words.shortTitle(briefing)),
      words.day(briefing.today))
    return page(
      title: title, body: body(briefing, title: title, writing: writing),
      footer: pageFooter(words.shortTitle(briefing), today: briefing.today, words), writing: writing)
  }

  /// The page's body: its title, then every section of the briefing.
  static func body(_ briefing: Briefing, title: String, writing: Writing) -> [String] {
    let h = FormatText.html
    let words = BriefingWording(writing)
    let paper = BriefingPaper(briefing)
    let since = words.day(briefing.since)
    var body: [String] = []
    body.append("<header><h1>\(title)</h1>")
    body.append("<p class=\"subtitle\">\(h(words.title(briefing)))</p>")
    body.append(
      "<p>" + words.fill(writing.localized("Scope: %s"), words.scope(briefing, escape: FormatText.html))
        + "</p></header>")

    body.append("<section class=\"summary\"><h2>" + writing.localized("Countdown and pace") + "</h2><ul>")
    body += words.pace(briefing).map { "<li>\($0)</li>" }
    body.append("</ul></section>")
    body.append("<section class=\"key\"><h2>" + writing.localized("Key messages") + "</h2>")
    body.append(list(BriefingKeyMessages.lines(briefing, words, escape: h), empty: ""))
    body.append("</section><section><h2>" + writing.localized("Next meetings") + "</h2>")
    body.append(
      meetings(
        Array(briefing.nextMeetings.prefix(3)), words, empty: writing.localized("No meeting is to come."),
        countdown: true))
    body.append("</section>")

    // The pictures open the second page: the first holds what a reader must see.
    body.append("<section class=\"pictures\"><h2>" + writing.localized("Pillars") + "</h2><div class=\"gauges\">")
    body += briefing.pillars.map { gauge($0, words) }
    body.append("</div><h2>" + writing.localized("Timeline of the period") + "</h2>")
    body.append(timeline(briefing, words))
    body.append("</section>")

    for news in paper.pillars {
      body.append(pillar(news, since: briefing.since, words))
    }

    body.append("<section><h2>" + writing.localized("Who carries it") + "</h2>")
    body.append(
      briefing.carriers.isEmpty
        ? "<p>" + words.noCarrier + "</p>"
        : table(words.carrierHeader, briefing.carriers.map { words.carrierRow($0, escape: h) }))
    body.append("</section>")
    body.append("<section><h2>" + words.fill(writing.localized("Meetings reported since %s"), since) + "</h2>")
    body.append(
      list(
        paper.meetingNews.map { reported($0, words) },
        empty: words.fill(writing.localized("No meeting was reported since %s."), since)))
    body.append("</section><section><h2>" + writing.localized("Meetings to come") + "</h2>")
    body.append(
      meetings(briefing.nextMeetings, words, empty: writing.localized("No meeting is to come."), countdown: true))
    body.append("</section><section><h2>" + writing.localized("Meetings with no report") + "</h2>")
    body.append(
      meetings(
        briefing.unreportedMeetings, words, empty: writing.localized("Every meeting due has a report."),
        countdown: false))
    body.append("</section>")
    body.append("<section><h2>" + writing.localized("Annex: commitments with no report") + "</h2>")
    body.append(
      paper.silent.isEmpty
        ? "<p>" + writing.localized("Every commitment has a report.") + "</p>"
        : table(
          words.silentColumns,
          paper.silent.map {
            [
              "\(h($0.first.sectorID)) \(h($0.first.sectorName(in: writing)))", words.number($0.ids.count),
              $0.ids.map(h).joined(separator: ", "),
            ]
          }))
    body.append("</section>")
    let references = SourceReference.list(briefing)
    if !references.isEmpty {
      body.append("<section><h2>" + writing.localized("References") + "</h2><ol class=\"references\">")
      body += references.map { reference in
        let publisher = reference.publisher.isEmpty ? "" : "\(h(reference.publisher)), "
        return
          "<li>\(publisher)<a href=\"\(h(reference.url))\">“\(h(reference.title))”</a>, \(words.date(reference.date))</li>"
      }
      body.append("</ol></section>")
    }
    return body
  }

  /// A whole page of `body`, in the reader's language, with its print footer.
  static func page(title: String, body: [String], footer: String, writing: Writing) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(writing.language.code)">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="accord report, \(Briefing.format)">
    <title>\(title)</title>
    <style>\(style)\(scriptFonts(writing.language))\(footer)</style>
    </head>
    <body>
    \(body.joined(separator: "\n"))
    </body>
    </html>

    """
  }

  /// Each printed page's footer: the plan's title and the day, and the page's number.
  static func pageFooter(_ shortTitle: String, today: Day, _ words: BriefingWording) -> String {
    let writing = words.writing
    let title = FormatText.cssString(
      words.fill(writing.localized("%1$s: briefing as of %2$s"), shortTitle, words.day(today)))
    let pages = pageCounter(writing.localized("page %1$s of %2$s"))
    return """

      @page { @bottom-left { content: \(title); font: 8pt sans-serif; color: #555; } \
      @bottom-right { content: \(pages); font: 8pt sans-serif; color: #555; } }
      """
  }

  /// `page 3 of 12` as CSS content: the translation's words as strings, its two values as
  /// the page counters, in the order the translation puts them.
  static func pageCounter(_ template: String) -> String {
    let marked = Template.fill(template, ["\u{1}", "\u{2}"])
    var parts: [String] = []
    var text = ""
    for character in marked {
      guard character == "\u{1}" || character == "\u{2}" else {
        text.append(character)
        continue
      }
      if !text.isEmpty { parts.append(FormatText.cssString(text)) }
      text = ""
      parts.append(character == "\u{1}" ? "counter(page)" : "counter(pages)")
    }
    if !text.isEmpty { parts.append(FormatText.cssString(text)) }
    return parts.joined(separator: " ")
  }

  /// The body's fonts for a script the default stack may lack, first the Noto fonts, then
  /// those Debian (fonts-lao, fonts-khmeros), Windows and macOS ship; nothing for English, so
  /// its page and print are as they were.
  static func scriptFonts(_ language: Language) -> String {
    let fonts =
      switch language {
      case .english: ""
      case .lao: #""Noto Sans Lao", "Phetsarath OT", "Saysettha OT", "Lao UI", "Lao Sangam MN""#
      case .khmer: #""Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Khmer UI", "Khmer Sangam MN""#
      }
    return fonts.isEmpty ? "" : "\nbody { font-family: \(fonts), \"Noto Sans\", \"DejaVu Sans\", sans-serif; }"
  }

  /// A pillar's news since `since`, what is overdue, and its commitments with a report, each
  /// named by its text and its sector.
  static func pillar(_ news: BriefingPaper.PillarNews, since: Day, _ words: BriefingWording) -> String {
    let h = FormatText.html
    let writing = words.writing
    let name = { (commitment: CommitmentFacts) in
      "\(h(commitment.sectorName(in: writing))): \(h(BriefingWording.short(commitment.text)))"
    }
    var out = [
      "<section><h2>"
        + words.fill(writing.localized("Pillar %1$s: %2$s"), h(news.pillar.id), h(news.pillar.name(in: writing)))
        + "</h2>",
      // TRANSLATORS: a pillar's sub-heading over what was reported since the day %s.
      "<h3>" + words.fill(writing.localized("Moved since %s"), words.day(since)) + "</h3>",
    ]
    out.append(list(news.moved.map { reported($0, words) }, empty: writing.localized("Nothing reported.")))
    out.append("<h3>" + writing.localized("Overdue", context: "heading") + "</h3>")
    out.append(
      list(
        news.overdue.map { item, commitment in
          "<strong>\(h(item.id))</strong> (\(words.overdueFacts(item, due: h(item.due)))): "
            + (item.id == commitment.id
              ? name(commitment)
              : "\(h(BriefingWording.short(item.what))); <strong>\(h(commitment.id))</strong> \(name(commitment))")
        }, empty: writing.localized("Nothing overdue.")))
    out.append("<h3>" + writing.localized("Commitments with a report") + "</h3>")
    out.append(
      news.reported.isEmpty
        ? "<p>" + writing.localized("None.") + "</p>"
        : table(
          words.reportedColumns,
          news.reported.map { commitment in
            [
              h(commitment.id), h(commitment.sectorName(in: writing)), h(BriefingWording.short(commitment.text)),
              statusCell(commitment.status, commitment.confidence, words),
              commitment.targets.map(h).joined(separator: ", "),
              commitment.latestEvidence.map { "\(words.date($0.date)) \(source($0))" } ?? "",
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

  static func statusCell(_ status: CommitmentStatus, _ confidence: Confidence?, _ words: BriefingWording) -> String {
    "<span class=\"status-\(status.rawValue)\">\(words.status(status, confidence))</span>"
  }

  static func reported(_ item: ReportedItem, _ words: BriefingWording) -> String {
    let h = FormatText.html
    let writing = words.writing
    let evidence = item.evidence
    var line =
      "<time>\(words.date(evidence.date))</time> · \(words.subject(item.subject)) <strong>\(h(item.id))</strong>: \(h(evidence.summary)) "
      + "<span class=\"source\">" + words.fill(writing.localized("(source: %s)"), source(evidence)) + "</span>"
    if evidence.confidence == .reported { line += " <em>" + writing.localized("reported only") + "</em>" }
    if let leaders = item.leaders { line += "; " + words.leaders(leaders, escape: h) }
    if let author = evidence.recordedBy {
      let recorded = h(author) + (evidence.recordedAt.map { ", \(h($0))" } ?? "")
      line += " <span class=\"source\">[" + words.fill(writing.localized("journal: %s"), recorded) + "]</span>"
    }
    return line
  }

  static func meetings(_ meetings: [MeetingFacts], _ words: BriefingWording, empty: String, countdown: Bool) -> String {
    guard !meetings.isEmpty else { return "<p>\(empty)</p>" }
    let h = FormatText.html
    return table(
      words.meetingColumns(countdown: countdown),
      meetings.map { meeting in
        [
          words.when(meeting),
          countdown ? words.countdown(meeting) : words.meetingStatus(meeting.status),
          h(words.title(meeting)), meeting.place.map(h) ?? "", h(meeting.source),
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
