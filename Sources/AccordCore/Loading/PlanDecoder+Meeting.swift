/// Meetings: what the plan file says of each, its reports, and when it was announced.
extension PlanDecoder {
  mutating func decodeMeeting(_ node: Node) -> Meeting? {
    guard
      let fields = reader.fields(
        of: node, .meeting, required: ["id", "title", "type", "status", "source"],
        optional: [
          "date", "end", "place", "confidence", "sectors", "commitments", "url", "note", "context", "evidence",
          "announced", "published", "fulfils", "led_by",
        ])
    else { return nil }
    let id = reader.string(fields, "id")
    if let id, let idNode = fields["id"] {
      remember(id, .meeting, at: idNode)
    }
    let (title, otherTitles) = decodeNames(fields, "title")
    let type = reader.choice(fields, "type", as: MeetingType.self)
    let status = reader.choice(fields, "status", as: MeetingStatus.self)
    let source = reader.string(fields, "source")
    let date = fields["date"] != nil ? reader.planDate(fields, "date") : nil
    let end = fields["end"] != nil ? reader.day(fields, "end") : nil
    if let end, let date, end < date.earliestDay {
      reader.report(.endBeforeDate(end: end, date: date), at: fields["end"])
    }
    if end != nil, date == nil {
      reader.report(.endWithoutDate, at: fields["end"])
    }
    let confidence = fields["confidence"] != nil ? reader.choice(fields, "confidence", as: Confidence.self) : .confirmed
    let isContext = fields["context"] != nil ? reader.bool(fields, "context") : false
    let evidence = reader.sequence(fields, "evidence").compactMap { decodeMeetingEvidence($0) }
    let announced = fields["announced"].flatMap { decodeAnnouncement($0) }
    let published = fields["published"] != nil ? reader.planDate(fields, "published") : nil
    guard let id, let title, let type, let status, let source, let confidence, let isContext else { return nil }
    var meeting = Meeting(
      id: id, title: title, type: type, date: date, end: end,
      place: fields["place"] != nil ? reader.string(fields, "place") : nil,
      status: status, confidence: confidence, sectors: reader.strings(fields, "sectors"),
      commitments: reader.strings(fields, "commitments"), source: source,
      url: fields["url"] != nil ? reader.string(fields, "url") : nil,
      note: fields["note"] != nil ? reader.string(fields, "note") : nil, isContext: isContext, evidence: evidence,
      announced: announced, published: published,
      fulfils: fields["fulfils"] != nil ? reader.string(fields, "fulfils") : nil,
      ledBy: fields["led_by"].flatMap { decodeLeaders($0) })
    meeting.otherTitles = otherTitles
    return meeting
  }

  /// `announced: {date: 2026-01-08, source: "Viet Nam News, 2026-01-08", url: ...}`: the day a
  /// source first made the meeting known, to the precision it gives.
  private mutating func decodeAnnouncement(_ node: Node) -> Announcement? {
    guard let fields = reader.fields(of: node, .key("announced"), required: ["date", "source"], optional: ["url"])
    else {
      return nil
    }
    let date = reader.planDate(fields, "date")
    let source = reader.string(fields, "source")
    let url = fields["url"] != nil ? reader.string(fields, "url") : nil
    guard let date, let source else { return nil }
    return Announcement(date: date, source: source, url: url)
  }

  /// `led_by: {lao: "...", cambodia: "...", source: "..."}`: at least one side, and the
  /// source that names them.
  private mutating func decodeLeaders(_ node: Node) -> MeetingLeaders? {
    guard let fields = reader.fields(of: node, .key("led_by"), required: ["source"], optional: ["lao", "cambodia"])
    else {
      return nil
    }
    let lao = fields["lao"] != nil ? reader.string(fields, "lao") : nil
    let cambodia = fields["cambodia"] != nil ? reader.string(fields, "cambodia") : nil
    let source = reader.string(fields, "source")
    if fields["lao"] == nil && fields["cambodia"] == nil {
      reader.report(.ledByNobody, at: node)
    }
    guard let source, lao != nil || cambodia != nil else { return nil }
    return MeetingLeaders(lao: lao, cambodia: cambodia, source: source)
  }
}
