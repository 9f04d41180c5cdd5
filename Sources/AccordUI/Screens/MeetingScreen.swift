import AccordCore

/// One meeting in full: title, type, date with its precision, place, status, confidence,
/// source, note, and the commitments it is linked to.
struct MeetingScreen: Widget {
  let state: AppState
  let id: String

  static func document(_ meeting: Meeting, state: AppState, width: Int) -> Document {
    let glyphs = state.glyphs
    let schedule = state.schedule
    var doc = Document(width: width, glyphs: glyphs)
    doc.heading("\(glyphs.mark(meeting.type)) \(meeting.title)")
    doc.blank()
    doc.field("Type", "\(meeting.type.label) (\(meeting.type.rawValue))\(meeting.type.isPrincipal ? ", one of the plan's own mechanisms" : "")")
    doc.field("Date", MeetingWhen.dateLine(meeting))
    doc.field("When", MeetingWhen.text(meeting, schedule: schedule))
    doc.field("Place", meeting.place ?? "not reported")
    doc.field("Status", MeetingWhen.statusLabel(meeting.status))
    doc.field("Confidence", meeting.confidence == .confirmed ? "confirmed" : "reported (weaker source)")
    doc.field("Source", meeting.source)
    if let note = meeting.note { doc.field("Note", note) }
    if !meeting.sectors.isEmpty {
      let names = meeting.sectors.map { id in id == "all" ? "all sectors" : state.plan.sector(id: id).map { "\($0.id) \($0.name)" } ?? id }
      doc.field("Sectors", names.joined(separator: "; "))
    }
    doc.blank()
    doc.heading("Commitments (\(meeting.commitments.count))")
    if meeting.commitments.isEmpty { doc.paragraph("none linked", indent: 2, style: Style(.dimText)) }
    for id in meeting.commitments {
      guard let commitment = state.plan.commitment(id: id) else {
        doc.paragraph("\(id) (not in the plan)", indent: 2, style: Style(.dimText))
        continue
      }
      let line = "\(commitment.id) \(glyphs.status(commitment.status)) \(glyphs.text(commitment.text))"
      doc.append(StyledLine(TextFit.truncate(line, to: max(0, width - 2), ellipsis: glyphs.ellipsis), indent: 2))
    }
    return doc
  }

  static func geometry(body: Rect, lines: Int) -> ListGeometry {
    ListGeometry(viewport: body.inset(horizontally: 1), lines: lines)
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard let meeting = state.plan.meeting(id: id) else { return }
    ScreenChrome(state: state).render(crumbs: ["Overview", "Timeline", meeting.title], in: area, into: &grid)
    let body = ScreenChrome.body(area)
    let viewport = body.inset(horizontally: 1)
    let doc = MeetingScreen.document(meeting, state: state, width: viewport.width)
    let position = state.position(for: .meeting(id)).normalized(in: MeetingScreen.geometry(body: body, lines: doc.lines.count))
    grid.draw(Paragraph(lines: doc.lines, offset: position.offset), in: viewport)
  }
}
