import AccordCore

/// One entry of a briefing's reference list: a source with a web address, as publisher, title
/// and date. The plan file writes sources as `Publisher, 2025-11-28, "Title" (note)`: the
/// publisher is what comes before the first comma, the title what is in the first quotes;
/// a source written otherwise is its own title.
struct SourceReference: Equatable {
  let publisher: String
  let title: String
  let date: PlanDate
  /// An `http:` or `https:` address (`FormatText.link`).
  let url: String

  init?(source: String, date: PlanDate, url: String?) {
    guard let link = FormatText.link(url) else { return nil }
    self.url = link
    self.date = date
    let quotes: [(Character, Character)] = [("\"", "\""), ("“", "”")]
    let quoted = quotes.lazy.compactMap { open, close -> String? in
      guard let start = source.firstIndex(of: open) else { return nil }
      let rest = source[source.index(after: start)...]
      return rest.firstIndex(of: close).map { String(rest[..<$0]) }
    }.first
    if let quoted, let comma = source.firstIndex(of: ","),
      comma < (source.firstIndex { $0 == "\"" || $0 == "“" } ?? source.endIndex)
    {
      publisher = String(source[..<comma])
      title = quoted
    } else {
      publisher = ""
      title = source
    }
  }

  /// Every source with an address that the briefing cites, once each, in the order cited.
  static func list(_ briefing: Briefing) -> [SourceReference] {
    let evidence =
      briefing.reportedSince.map(\.evidence) + briefing.pillars.flatMap(\.commitments).compactMap(\.latestEvidence)
    let meetings = (briefing.nextMeetings + briefing.unreportedMeetings).compactMap { meeting in
      meeting.date.flatMap { SourceReference(source: meeting.source, date: $0, url: meeting.url) }
    }
    var seen: Set<String> = []
    return (evidence.compactMap { SourceReference(source: $0.source, date: $0.date, url: $0.url) } + meetings)
      .filter { seen.insert($0.url).inserted }
  }
}
