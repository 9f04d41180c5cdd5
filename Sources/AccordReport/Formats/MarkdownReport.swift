import AccordCore
import AccordLocalization
import AccordText

/// The briefing as Markdown: headings, lists and tables padded so they read as plain text
/// in a terminal or an e-mail, and render on any forge.
public enum MarkdownReport {
  /// The briefing in the reader's language: accord's words from the catalog, dates and
  /// numbers as `writing` writes them.
  public static func render(_ briefing: Briefing, writing: Writing = .english) -> String {
    let md = FormatText.markdown
    let words = BriefingWording(writing)
    let paper = BriefingPaper(briefing)
    let since = words.day(briefing.since)
    var out: [String] = []
    out.append(
      "# "
        + words.fill(
          writing.localized("%1$s: briefing as of %2$s"), md(words.shortTitle(briefing)), words.day(briefing.today))
    )
    out.append("")
    out.append(md(words.title(briefing)))
    out.append("")
    out.append(words.fill(writing.localized("Scope: %s"), words.scope(briefing, escape: FormatText.markdown)))
    out.append("")
    out.append("## " + writing.localized("Countdown and pace"))
    out.append("")
    out += words.pace(briefing).map { "- " + $0 }
    out.append("")
    out.append("## " + writing.localized("Key messages"))
    out.append("")
    out += list(BriefingKeyMessages.lines(briefing, words, escape: md), empty: "")
    out.append("")
    out.append("## " + writing.localized("Next meetings"))
    out.append("")
    out += meetings(
      Array(briefing.nextMeetings.prefix(3)), words, empty: writing.localized("No meeting is to come."), countdown: true
    )
    out.append("")
    out.append("## " + writing.localized("Pillars"))
    out.append("")
    out += table(
      words.pillarColumns,
      briefing.pillars.map { pillar in
        [
          "\(md(pillar.id)) \(md(pillar.name(in: writing)))", words.number(pillar.commitments.count),
          words.count(pillar, .done),
          words.count(pillar, .inProgress), words.count(pillar, .continuous), words.count(pillar, .notStarted),
          words.number(pillar.count(.unknown)), words.share(pillar.deliverablesDone, of: pillar.deliverables),
          words.number(pillar.overdue),
        ]
      })
    for news in paper.pillars {
      out += pillar(news, since: briefing.since, words)
    }
    out.append("")
    out.append("## " + writing.localized("Who carries it"))
    out.append("")
    out +=
      briefing.carriers.isEmpty
      ? [words.noCarrier]
      : table(words.carrierHeader, briefing.carriers.map { words.carrierRow($0, escape: md) })
    out.append("")
    out.append("## " + words.fill(writing.localized("Meetings reported since %s"), since))
    out.append("")
    out += list(
      paper.meetingNews.map { reported($0, words) },
      empty: words.fill(writing.localized("No meeting was reported since %s."), since))
    out.append("")
    out.append("## " + writing.localized("Meetings to come"))
    out.append("")
    out += meetings(briefing.nextMeetings, words, empty: writing.localized("No meeting is to come."), countdown: true)
    out.append("")
    out.append("## " + writing.localized("Meetings with no report"))
    out.append("")
    out += meetings(
      briefing.unreportedMeetings, words, empty: writing.localized("Every meeting due has a report."), countdown: false)
    out += continued(briefing, words)
    out.append("")
    out.append("## " + writing.localized("Annex: commitments with no report"))
    out.append("")
    out +=
      paper.silent.isEmpty
      ? [writing.localized("Every commitment has a report.")]
      : table(
        words.silentColumns,
        paper.silent.map {
          [
            "\(md($0.first.sectorID)) \(md($0.first.sectorName(in: writing)))", words.number($0.ids.count),
            $0.ids.map(md).joined(separator: ", "),
          ]
        })
    let references = SourceReference.list(briefing)
    if !references.isEmpty {
      out.append("")
      out.append("## " + writing.localized("References"))
      out.append("")
      out += references.enumerated().map { index, reference in
        let publisher = reference.publisher.isEmpty ? "" : "\(md(reference.publisher)), "
        return "\(index + 1). \(publisher)“\(md(reference.title))”, \(words.date(reference.date)), <\(reference.url)>"
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A pillar's news since `since`, what is overdue, and its commitments with a report, each
  /// named by its text and its sector.
  static func pillar(_ news: BriefingPaper.PillarNews, since: Day, _ words: BriefingWording) -> [String] {
    let md = FormatText.markdown
    let writing = words.writing
    let name = { (commitment: CommitmentFacts) in
      "\(md(commitment.sectorName(in: writing))), \(md(BriefingWording.short(commitment.text)))"
    }
    var out = [
      "",
      "## " + words.fill(writing.localized("Pillar %1$s: %2$s"), md(news.pillar.id), md(news.pillar.name(in: writing))),
      "",
      // The html's sub-headings, as a line ending in a colon.
      words.fill(writing.localized("Moved since %s"), words.day(since)) + ":", "",
    ]
    out += list(news.moved.map { reported($0, words) }, empty: writing.localized("Nothing reported."))
    out += ["", writing.localized("Overdue", context: "heading") + ":", ""]
    out += list(
      news.overdue.map { item, commitment in
        "**\(md(item.id))** (\(words.overdueFacts(item, due: md(item.due)))): "
          + (item.id == commitment.id
            ? name(commitment) : "\(md(BriefingWording.short(item.what))); \(md(commitment.id)) \(name(commitment))")
      }, empty: writing.localized("Nothing overdue."))
    out += ["", writing.localized("Commitments with a report") + ":", ""]
    out +=
      news.reported.isEmpty
      ? [writing.localized("None.")]
      : table(
        words.reportedColumns,
        news.reported.map { commitment in
          [
            md(commitment.id), md(commitment.sectorName(in: writing)), md(BriefingWording.short(commitment.text)),
            words.status(commitment.status, commitment.confidence),
            commitment.targets.map(md).joined(separator: ", "),
            commitment.latestEvidence.map { "\(words.date($0.date)) \(md(short($0.source)))" } ?? "",
          ]
        })
    return out
  }

  /// The commitments that carry on one of the plan it follows (`continues:`), each with the
  /// one it continues; nothing when none does.
  static func continued(_ briefing: Briefing, _ words: BriefingWording) -> [String] {
    let md = FormatText.markdown
    let writing = words.writing
    let continued = briefing.pillars.flatMap(\.commitments).compactMap { commitment in
      commitment.continues.map { (commitment, $0) }
    }
    guard !continued.isEmpty else { return [] }
    let older = briefing.succeeds.map(md) ?? writing.localized("the plan this one follows")
    return ["", "## " + words.fill(writing.localized("Carried on from %s"), older), ""]
      + list(
        continued.map { commitment, old in
          words.fill(
            writing.localized("%1$s continues %2$s: %3$s"), "**\(md(commitment.id))**", md(old),
            md(BriefingWording.short(commitment.text)))
        }, empty: "")
  }

  static func reported(_ item: ReportedItem, _ words: BriefingWording) -> String {
    let md = FormatText.markdown
    let writing = words.writing
    let evidence = item.evidence
    var line = "\(words.date(evidence.date)) · \(words.subject(item.subject)) \(md(item.id)): \(md(evidence.summary)) "
    let source = FormatText.link(evidence.url).map { "[\(md(evidence.source))](\($0))" } ?? md(evidence.source)
    line += words.fill(writing.localized("(source: %s)"), source)
    if evidence.confidence == .reported { line += " [" + writing.localized("reported only") + "]" }
    if let leaders = item.leaders { line += "; " + words.leaders(leaders, escape: md) }
    if let author = evidence.recordedBy {
      line +=
        " ["
        + words.fill(writing.localized("journal: %s"), md(author) + (evidence.recordedAt.map { ", \(md($0))" } ?? ""))
        + "]"
    }
    return line
  }

  static func meetings(_ meetings: [MeetingFacts], _ words: BriefingWording, empty: String, countdown: Bool) -> [String]
  {
    guard !meetings.isEmpty else { return [empty] }
    let md = FormatText.markdown
    return table(
      words.meetingColumns(countdown: countdown),
      meetings.map { meeting in
        [
          words.when(meeting),
          countdown ? words.countdown(meeting) : words.meetingStatus(meeting.status),
          md(words.title(meeting)), meeting.place.map(md) ?? "", md(short(meeting.source)),
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
