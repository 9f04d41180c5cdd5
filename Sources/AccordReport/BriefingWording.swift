import AccordCore
import AccordLocalization
import AccordText

/// The words every human-readable format shares, so Markdown and HTML say the same thing, in
/// the reader's language. Only accord's own words, numbers and dates: data text is escaped by
/// each renderer.
struct BriefingWording {
  let writing: Writing

  init(_ writing: Writing = .english) { self.writing = writing }

  /// A text of the catalog filled with its values: `fill("%1$s of %2$s", a, b)`.
  func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }

  func number(_ value: Int) -> String { writing.number(value) }

  func day(_ day: Day) -> String { writing.day(day) }

  /// A date of the sources at its precision: a day, a month, or a year.
  func date(_ date: PlanDate) -> String { writing.date(date) }

  /// A meeting's title in the reader's language, where the plan file gives it.
  func title(_ meeting: MeetingFacts) -> String { meeting.meeting.title(in: writing) }

  func title(_ briefing: Briefing) -> String { briefing.otherTitles[writing.language.code] ?? briefing.title }

  func shortTitle(_ briefing: Briefing) -> String {
    briefing.otherShortTitles[writing.language.code] ?? briefing.shortTitle
  }

  func label(_ status: CommitmentStatus) -> String { status.label(in: writing) }

  /// `done`, or `done (reported only)` when no confirmed source backs it.
  func status(_ status: CommitmentStatus, _ confidence: Confidence?) -> String {
    confidence == .reported
      ? fill(writing.localized("%s (reported only)", context: "status"), label(status)) : label(status)
  }

  /// A pillar's count of a status: `2`, or `2 (1 reported only)`.
  func count(_ pillar: PillarFacts, _ status: CommitmentStatus) -> String {
    let reported = pillar.reportedOnly(status)
    return reported == 0
      ? number(pillar.count(status))
      : fill(writing.localized("%1$s (%2$s reported only)"), number(pillar.count(status)), number(reported))
  }

  /// `pillar III Economic and Technical, commitments of agencies matching "x"`, or `the whole
  /// plan`; `escape` makes the data text safe for the format.
  func scope(_ briefing: Briefing, escape: (String) -> String) -> String {
    var parts: [String] = []
    if briefing.scope.pillar != nil, let pillar = briefing.pillars.first {
      parts.append(fill(writing.localized("pillar %1$s %2$s"), escape(pillar.id), escape(pillar.name(in: writing))))
    }
    if let agency = briefing.scope.agency {
      parts.append(fill(writing.localized("commitments of agencies matching “%s”"), escape(agency)))
    }
    return parts.isEmpty ? writing.localized("the whole plan") : parts.joined(separator: ", ")
  }

  /// A commitment's text cut to `BriefingPaper.textWidth` columns with an ellipsis.
  static func short(_ text: String) -> String { TextFit.truncate(text, to: BriefingPaper.textWidth) }

  func percent(_ share: Double) -> String {
    // TRANSLATORS: a percentage; %s is the number, %% the percent sign.
    fill(writing.localized("%s%%", context: "percent"), number(Int((share * 100).rounded())))
  }

  func share(_ part: Int, of whole: Int) -> String {
    whole == 0
      ? writing.localized("none", context: "share")
      : fill(
        // TRANSLATORS: "3 of 30 (10%)": %1$s done of %2$s in all, %3$s the percentage.
        writing.localized("%1$s of %2$s (%3$s)"), number(part), number(whole),
        percent(Double(part) / Double(whole)))
  }

  /// `led by Lao PDR: Prime Minister Sonexay Siphandone; Cambodia: Prime Minister Hun Manet (host)
  /// (source: KPL, ...)`, as the meeting's screen says it, leaving out a side no source names.
  func leaders(_ leaders: MeetingLeaders, escape: (String) -> String) -> String {
    let sides = [(side(.lao), leaders.lao), (side(.cambodia), leaders.cambodia)].compactMap { side, name in
      name.map { fill(writing.localized("%1$s: %2$s", context: "side and leader"), side, escape($0)) }
    }
    return fill(
      // TRANSLATORS: who led a meeting on each side (%1$s), and the source that names them (%2$s).
      writing.localized("led by %1$s (source: %2$s)"), sides.joined(separator: "; "), escape(leaders.source))
  }

  func side(_ side: Body.Side) -> String {
    switch side {
    case .lao: writing.localized("Lao PDR")
    case .cambodia: writing.localized("Cambodia")
    }
  }

  /// A carrier's name in the reader's language, with its side: the plan's label in English.
  func carrierName(_ carrier: CarrierFacts) -> String {
    guard let body = carrier.body, writing.language != .english else { return carrier.name }
    return fill(
      writing.localized("%1$s (%2$s)", context: "body and side"), body.name(inLanguage: writing.language.code).name,
      side(body.side))
  }

  /// A carrier's row: its name, how many commitments it carries, with a report, overdue, and their ids.
  func carrierRow(_ carrier: CarrierFacts, escape: (String) -> String) -> [String] {
    [
      escape(carrierName(carrier)), number(carrier.commitments.count), number(carrier.withReport),
      number(carrier.overdue), carrier.commitments.map(escape).joined(separator: ", "),
    ]
  }

  var carrierHeader: [String] {
    [
      writing.localized("body"), writing.localized("commitments"), writing.localized("with a report"),
      writing.localized("overdue"), writing.localized("ids"),
    ]
  }

  var noCarrier: String { writing.localized("No commitment in scope names who carries it.") }
}
