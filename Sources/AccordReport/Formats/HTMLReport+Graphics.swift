import AccordCore
import AccordText
import Foundation

/// The page's inline SVG: a gauge per pillar and the period's timeline.
extension HTMLReport {
  /// A half-circle gauge of the pillar's deliverables done, with its counts beside it; a
  /// pillar with no deliverables has no gauge (a 0% one would read as none done).
  static func gauge(_ pillar: PillarFacts, _ words: BriefingWording = BriefingWording()) -> String {
    let h = FormatText.html
    let writing = words.writing
    let share = pillar.deliverables == 0 ? 0 : Double(pillar.deliverablesDone) / Double(pillar.deliverables)
    let angle = Double.pi * (1 - share)
    let end = "\(number(60 + 50 * cos(angle))),\(number(60 - 50 * sin(angle)))"
    let arc = share > 0 ? "<path class=\"fill\" d=\"M10,60 A50,50 0 0 1 \(end)\"/>" : ""
    let label =
      pillar.deliverables == 0
      ? writing.localized("no deliverables")
      : words.fill(
        // TRANSLATORS: under a pillar's gauge: %1$s deliverables done of %2$s.
        writing.localized("%1$s/%2$s deliverables done"), words.number(pillar.deliverablesDone),
        words.number(pillar.deliverables))
    let counts = CommitmentStatus.allCases.filter { pillar.count($0) > 0 }
      .map { "\(words.label($0)) \(words.count(pillar, $0))" }.joined(separator: " · ")
    let picture =
      pillar.deliverables == 0
      ? ""
      : """
      <svg viewBox="0 0 120 70" width="150" height="88" role="img" aria-label="\(h(pillar.name(in: writing))): \(label)">\
      <path class="track" d="M10,60 A50,50 0 0 1 110,60"/>\(arc)\
      <text x="60" y="58" text-anchor="middle">\(words.percent(share))</text></svg>
      """
    // Outside the literal: `make pot` (xgettext reads Swift as C) finds no call inside one.
    let overdue =
      pillar.overdue > 0
      ? "<br><span class=\"overdue\">"
        + writing.localized("%d overdue", plural: "%d overdue", count: pillar.overdue) + "</span>" : ""
    return """
      <figure class="gauge">
      \(picture)<figcaption><strong>\(h(pillar.id)) \(h(pillar.name(in: writing)))</strong><br>\(label)<br>\(counts)\
      \(overdue)</figcaption>
      </figure>
      """
  }

  /// `JC 15`, `JTC 4`, `visit`: the label a meeting of the plan's mechanisms or a visit
  /// carries on the timeline; nil for the rest, too many to label.
  static func shortName(_ meeting: MeetingFacts) -> String? {
    guard meeting.type.isPrincipal || meeting.type == .visit, !meeting.isContext else { return nil }
    let ordinal = meeting.title.split(separator: " ").first { word in
      word.first?.isNumber == true && ["st", "nd", "rd", "th"].contains(where: word.hasSuffix)
    }
    let number = ordinal.map { " " + $0.filter(\.isNumber) } ?? ""
    return meeting.type.label + number
  }

  /// The period from its start to the end of validity, a tick a year, a line for today, and
  /// each dated meeting: a dot for a known day, a bar across a month or year when only that
  /// is known. The plan's own mechanisms on the upper row, other meetings below, context last.
  static func timeline(_ briefing: Briefing, _ words: BriefingWording = BriefingWording()) -> String {
    let h = FormatText.html
    let writing = words.writing
    let start = briefing.countdown.periodStart
    let end = max(briefing.countdown.validUntil, briefing.countdown.periodEnd)
    let span = Double(max(1, start.days(until: end)))
    let (left, width) = (20.0, 960.0)
    func x(_ day: Day) -> Double { left + width * min(1, max(0, Double(start.days(until: day)) / span)) }
    var parts: [String] = []
    parts.append("<line class=\"axis\" x1=\"\(number(left))\" y1=\"125\" x2=\"\(number(left + width))\" y2=\"125\"/>")
    for year in start.year...end.year {
      let tick = x(Day(year: year, month: 1, day: 1))
      guard Day(year: year, month: 1, day: 1) >= start else { continue }
      parts.append(
        "<line class=\"tick\" x1=\"\(number(tick))\" y1=\"120\" x2=\"\(number(tick))\" y2=\"130\"/><text x=\"\(number(tick))\" y=\"150\" text-anchor=\"middle\">\(words.number(year))</text>"
      )
    }
    let periodEnd = x(briefing.countdown.periodEnd)
    parts.append(
      "<line class=\"period-end\" x1=\"\(number(periodEnd))\" y1=\"22\" x2=\"\(number(periodEnd))\" y2=\"130\"/>")
    // Meetings known to a day are dots on their row, the plan's mechanisms and visits
    // labelled; those known only to a month or a year are bars in a lane of their own below
    // the axis, so they never merge into one line with the dated ones.
    for meeting in briefing.timeline {
      guard let date = meeting.date else { continue }
      let kind = meeting.isContext ? "context" : meeting.type.isPrincipal ? "principal" : "other"
      let tip =
        "<title>\(words.when(meeting)): \(h(words.title(meeting))) (\(words.meetingStatus(meeting.status)))</title>"
      if date.isExactDay {
        let row = meeting.isContext ? 110.0 : meeting.type.isPrincipal ? 50.0 : 85.0
        let cx = number(x(date.earliestDay))
        parts.append(
          "<circle class=\"\(kind) \(meeting.status.rawValue)\" cx=\"\(cx)\" cy=\"\(number(row))\" r=\"6\">\(tip)</circle>"
        )
        if let name = shortName(meeting) {
          parts.append(
            "<text class=\"name\" x=\"\(cx)\" y=\"\(number(row - 10))\" text-anchor=\"middle\">\(h(name))</text>")
        }
      } else {
        let from = x(date.earliestDay)
        let to = max(from + 3, x(date.latestDay))
        let lane = 175.0 + (meeting.isContext ? 14 : meeting.type.isPrincipal ? 0 : 7)
        parts.append(
          "<rect class=\"\(kind) \(meeting.status.rawValue) partial\" x=\"\(number(from + 1))\" y=\"\(number(lane))\" width=\"\(number(to - from - 2))\" height=\"5\">\(tip)</rect>"
        )
      }
    }
    parts.append(
      "<text class=\"lane\" x=\"\(number(left))\" y=\"168\">" + writing.localized("known only to a month or a year:")
        + "</text>"
    )
    let today = x(briefing.today)
    parts.append(
      "<line class=\"today\" x1=\"\(number(today))\" y1=\"22\" x2=\"\(number(today))\" y2=\"130\"/><text class=\"today-label\" x=\"\(number(today))\" y=\"17\" text-anchor=\"middle\">"
        + words.fill(writing.localized("today %s", context: "timeline"), words.day(briefing.today)) + "</text>"
    )
    let legend =
      "<p class=\"legend\">"
      + words.fill(
        writing.localized(
          "Upper row: Joint Commission (JC), Joint Trade Commission (JTC), Joint Border Committee (JBC); middle: other meetings (visits labelled); lower: context meetings of other parties. A dot is a known day; below the years, a bar is a meeting known only to a month or a year. Hollow or pale: not (yet) reported held. The dashed line is the period's end (%s)."
        ), words.day(briefing.countdown.periodEnd)) + "</p>"
    return
      "<svg class=\"timeline\" viewBox=\"0 0 1000 200\" role=\"img\" aria-label=\""
      + words.fill(
        writing.localized("Meetings from %1$s to %2$s, today %3$s"), words.day(start), words.day(end),
        words.day(briefing.today)) + "\">\n"
      + parts.joined(separator: "\n") + "\n</svg>\n" + legend
  }

  /// One decimal at most, for compact SVG coordinates.
  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  static let style = """
    @page { size: A4; margin: 14mm 14mm 18mm; }
    body { font: 11pt/1.4 "Noto Sans", "DejaVu Sans", sans-serif; color: #1c1c1c; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }
    h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.15rem; border-bottom: 1px solid #999; margin-top: 1.4rem; break-after: avoid; page-break-after: avoid; }
    .subtitle, .legend, .source { color: #555; font-size: 0.9em; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
    th, td { border: 1px solid #bbb; padding: 0.15rem 0.35rem; text-align: left; vertical-align: top; }
    thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
    .gauges { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
    .gauge { margin: 0; width: 11rem; break-inside: avoid; } .gauge figcaption { font-size: 0.85em; }
    .gauge .track { fill: none; stroke: #ddd; stroke-width: 12; } .gauge .fill { fill: none; stroke: #1b6b2f; stroke-width: 12; }
    .gauge text { font-size: 16px; font-weight: bold; fill: #1c1c1c; }
    .timeline { width: 100%; height: auto; break-inside: avoid; }
    .timeline text { font-size: 17px; fill: #333; } .timeline text.name { font-size: 16px; font-weight: bold; } .timeline .axis, .timeline .tick { stroke: #666; stroke-width: 1; }
    .timeline .period-end { stroke: #666; stroke-dasharray: 4 3; } .timeline .today { stroke: #c0392b; stroke-width: 2; } .timeline .today-label { fill: #c0392b; font-weight: bold; }
    .timeline .principal { fill: #0b5394; stroke: #0b5394; } .timeline .other { fill: #e69f00; stroke: #a86f00; }
    .timeline .context { fill: #999; stroke: #777; }
    .timeline circle.planned, .timeline circle.expected, .timeline circle.not-reported, .timeline circle.postponed, .timeline circle.cancelled { fill: #fff; stroke-width: 2; }
    .timeline rect.planned, .timeline rect.expected, .timeline rect.not-reported, .timeline rect.postponed, .timeline rect.cancelled { fill-opacity: 0.35; stroke: none; }
    .overdue { color: #b00020; font-weight: bold; }
    .status-done { color: #1b6b2f; font-weight: bold; } .status-unknown { color: #666; }
    a { color: #0b5394; }
    h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; break-after: avoid; page-break-after: avoid; }
    li { break-inside: avoid; page-break-inside: avoid; }
    .pictures { break-before: page; page-break-before: always; }
    @media print { body { max-width: none; margin: 0; padding: 0; font-size: 10pt; } a { color: inherit; } }
    """
}
