import AccordCore
import AccordText

/// One meeting in full: title, type, date with its precision, place, status, confidence,
/// source and its web address, note, and the commitments it is linked to.
struct MeetingScreen: Screen {
  let meeting: Meeting

  static func document(_ meeting: Meeting, context: ScreenContext, width: Int) -> Document {
    let glyphs = context.glyphs
    let schedule = context.schedule
    var doc = Document(width: width, glyphs: glyphs)
    doc.heading("\(glyphs.mark(meeting.type)) \(meeting.title)")
    doc.blank()
    doc.field(
      "Type",
      "\(meeting.type.label) (\(meeting.type.rawValue))\(meeting.type.isPrincipal ? ", one of the plan's own mechanisms" : "")"
    )
    doc.field("Date", MeetingWhen.dateLine(meeting))
    doc.field("When", MeetingWhen.text(meeting, schedule: schedule))
    doc.field("Place", meeting.place ?? "not reported")
    doc.field("Status", MeetingWhen.statusLabel(meeting, today: schedule.today))
    doc.field("Confidence", meeting.confidence == .confirmed ? "confirmed" : "reported (weaker source)")
    doc.field("Source", meeting.source)
    if let address = SafeText.webAddress(meeting.url) { doc.hanging("Address: ", address, link: address) }
    if let leaders = meeting.ledBy {
      let sides = [("Lao PDR", leaders.lao), ("Cambodia", leaders.cambodia)].map { "\($0.0): \($0.1 ?? "not named")" }
      doc.field("Led by", sides.joined(separator: "; ") + " (\(leaders.source))")
    }
    if let milestone = meeting.fulfils { doc.field("Fulfils", MeetingScreen.fulfilled(milestone, in: context.view)) }
    if let note = meeting.note { doc.field("Note", note) }
    if !meeting.sectors.isEmpty {
      let names = meeting.sectors.map { id in
        id == "all" ? "all sectors" : context.view.sector(id: id).map { "\($0.id) \($0.name)" } ?? id
      }
      doc.field("Sectors", names.joined(separator: "; "))
    }
    HistorySection.append(context.view.journal.updates(of: [meeting.id]), journal: context.view.journal, to: &doc)
    doc.blank()
    doc.heading("Commitments (\(meeting.commitments.count))")
    if meeting.commitments.isEmpty { doc.paragraph("none linked", indent: 2, style: Style(.dimText)) }
    for id in meeting.commitments {
      guard let commitment = context.view.commitment(id: id) else {
        doc.paragraph("\(id) (not in the plan)", indent: 2, style: Style(.dimText))
        continue
      }
      let line =
        "\(commitment.id) \(commitment.isReportedOnly ? ReportedOnly.mark : "")\(glyphs.status(commitment.status)) \(glyphs.text(commitment.text))"
      doc.append(StyledLine(TextFit.truncate(line, to: max(0, width - 2), ellipsis: glyphs.ellipsis), indent: 2))
    }
    return doc
  }

  /// The milestone a meeting is, with its due date and what it asks, as the commitment lists it.
  static func fulfilled(_ id: String, in view: PlanView) -> String {
    let commitment = view.plan.commitments.first { $0.milestones.contains { $0.id == id } }
    guard let milestone = commitment?.milestones.first(where: { $0.id == id }) else { return id }
    return "\(id) (due \(milestone.due)): \(milestone.what), \(milestone.status.label)"
  }

  static func geometry(body: Rect, lines: Int) -> ListGeometry {
    ListGeometry(viewport: body.inset(horizontally: 1), lines: lines)
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    let body = ScreenChrome.body(area)
    let lines = MeetingScreen.document(meeting, context: context, width: body.inset(horizontally: 1).width).lines
    return .document(MeetingScreen.geometry(body: body, lines: lines.count), lines)
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    grid.draw(Paragraph(lines: layout.document, offset: context.position.offset), in: geometry.viewport)
  }
}

extension MeetingScreen {
  /// A document: Enter opens the commitments the meeting names, wherever it is scrolled.
  func destination(of item: Int, context: ScreenContext) -> Route? { .commitmentsOf(meeting: meeting.id) }

  func updateTarget(selecting item: Int, context: ScreenContext) -> UpdateTarget? {
    UpdateTarget(kind: .meeting, id: meeting.id)
  }

  /// Its source's address, http and https only (`SafeText.webAddress`).
  func sourceAddress(context: ScreenContext) -> String? { SafeText.webAddress(meeting.url) }

  func identity(of item: Int, context: ScreenContext) -> String? { nil }
}
