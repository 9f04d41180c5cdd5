import AccordCore
import AccordLocalization
import AccordText

/// One meeting in full: title, type, date with its precision, place, status, confidence,
/// source and its web address, note, and the commitments it is linked to.
struct MeetingScreen: Screen {
  let meeting: Meeting

  static func document(_ meeting: Meeting, context: ScreenContext, width: Int) -> Document {
    let glyphs = context.glyphs
    let writing = context.writing
    let schedule = context.schedule
    var doc = Document(width: width, glyphs: glyphs, writing: writing)
    doc.heading("\(glyphs.mark(meeting.type)) \(meeting.title(in: writing))")
    doc.blank()
    let own = meeting.type.isPrincipal ? ", " + writing.localized("one of the plan's own mechanisms") : ""
    doc.field(writing.localized("Type"), "\(meeting.type.label(in: writing)) (\(meeting.type.rawValue))" + own)
    doc.field(writing.localized("Date"), MeetingWhen.dateLine(meeting, writing: writing))
    doc.field(writing.localized("When"), MeetingWhen.text(meeting, schedule: schedule, writing: writing))
    doc.field(writing.localized("Place"), meeting.place ?? writing.localized("not reported", context: "place"))
    doc.field(writing.localized("Status"), MeetingWhen.statusLabel(meeting, today: schedule.today, writing: writing))
    doc.field(
      writing.localized("Confidence"),
      meeting.confidence == .confirmed
        ? writing.localized("confirmed", context: "confidence") : writing.localized("reported (weaker source)"))
    doc.field(writing.localized("Source"), meeting.source)
    if let address = SafeText.webAddress(meeting.url) {
      doc.hanging(writing.localized("Address:") + " ", address, link: address)
    }
    if let leaders = meeting.ledBy {
      let sides = [(writing.localized("Lao PDR"), leaders.lao), (writing.localized("Cambodia"), leaders.cambodia)].map {
        "\($0.0): \($0.1 ?? writing.localized("not named"))"
      }
      doc.field(writing.localized("Led by"), sides.joined(separator: "; ") + " (\(leaders.source))")
    }
    if let milestone = meeting.fulfils {
      doc.field(writing.localized("Fulfils"), MeetingScreen.fulfilled(milestone, in: context.view, writing: writing))
    }
    if let note = meeting.note { doc.field(writing.localized("Note"), note) }
    if !meeting.sectors.isEmpty {
      let names = meeting.sectors.map { id in
        id == "all"
          ? writing.localized("all sectors") : context.view.sector(id: id).map { $0.heading(writing) } ?? id
      }
      doc.field(writing.localized("Sectors"), names.joined(separator: "; "))
    }
    HistorySection.append(context.view.journal.updates(of: [meeting.id]), journal: context.view.journal, to: &doc)
    doc.blank()
    doc.heading(Template.fill(writing.localized("Commitments (%1$s)"), [writing.number(meeting.commitments.count)]))
    if meeting.commitments.isEmpty {
      doc.paragraph(writing.localized("none linked"), indent: 2, style: Style(.dimText))
    }
    for id in meeting.commitments {
      guard let commitment = context.view.commitment(id: id) else {
        doc.paragraph(
          Template.fill(writing.localized("%1$s (not in the plan)"), [id]), indent: 2, style: Style(.dimText))
        continue
      }
      let line =
        "\(commitment.id) \(commitment.isReportedOnly ? ReportedOnly.mark : "")\(glyphs.status(commitment.status)) \(glyphs.text(commitment.text))"
      doc.append(StyledLine(TextFit.truncate(line, to: max(0, width - 2), ellipsis: glyphs.ellipsis), indent: 2))
    }
    return doc
  }

  /// The milestone a meeting is, with its due date and what it asks, as the commitment lists it.
  static func fulfilled(_ id: String, in view: PlanView, writing: Writing = .english) -> String {
    let commitment = view.plan.commitments.first { $0.milestones.contains { $0.id == id } }
    guard let milestone = commitment?.milestones.first(where: { $0.id == id }) else { return id }
    return Template.fill(
      writing.localized("%1$s (due %2$s): %3$s, %4$s"),
      [id, writing.due(milestone.due), milestone.what, milestone.status.label(in: writing)])
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
