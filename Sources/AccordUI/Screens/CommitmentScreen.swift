import AccordCore
import AccordLocalization
import AccordText

/// One commitment in full: its text wrapped, what kind it is, its target and status, whether
/// it is overdue, who is responsible, the evidence with dates and sources, and the meetings
/// linked to it. Scrolls when it does not fit.
struct CommitmentScreen: Screen {
  let commitment: Commitment

  static func document(_ commitment: Commitment, state: AppState, width: Int) -> Document {
    document(commitment, context: state.context(), width: width)
  }

  static func document(_ commitment: Commitment, context: ScreenContext, width: Int) -> Document {
    let glyphs = context.glyphs
    let writing = context.writing
    var doc = Document(width: width, glyphs: glyphs, writing: writing)
    doc.heading(commitment.id)
    doc.paragraph(commitment.text)
    doc.blank()
    doc.field(
      writing.localized("Kind"),
      commitment.kind == .deliverable
        ? writing.localized("deliverable (gets done once)") : writing.localized("continuous (goes on for the period)"))
    doc.field(
      writing.localized("Target"),
      commitment.milestones.isEmpty
        ? commitment.target.map {
          Template.fill(
            writing.localized("%1$s (deadline %2$s)"), [writing.target($0), writing.day($0.deadline)])
        } ?? writing.localized("none given") : writing.localized("see its milestones"))
    doc.field(
      writing.localized("Status"), statusText(commitment.status, commitment.statusConfidence, glyphs, writing),
      style: Style(.status(commitment.status), [.bold]))
    if let target = commitment.overdueTarget(on: context.today) {
      let days = target.deadline.days(until: context.today)
      let passed = Template.fill(
        writing.localized("yes, target %1$s passed %2$s"),
        [writing.target(target), writing.localized("%d day ago", plural: "%d days ago", count: days)])
      doc.field(writing.localized("Overdue"), "\(glyphs.overdue) " + passed, style: Style(.statusOverdue, [.bold]))
    } else {
      doc.field(writing.localized("Overdue"), writing.localized("no", context: "overdue"))
    }
    doc.field(writing.localized("Carried by"), carriedBy(commitment, plan: context.plan, writing))
    if !commitment.alsoNamed.isEmpty {
      doc.field(writing.localized("Also named"), commitment.alsoNamed.joined(separator: "; "))
    }
    if let continues = commitment.continues {
      doc.field(
        writing.localized("Continues"),
        Template.fill(
          writing.localized("%1$s of %2$s"),
          [continues, ContinuedHistory.olderPlanName(context, writing)]))
    }
    if !commitment.milestones.isEmpty {
      doc.blank()
      doc.heading(Template.fill(writing.localized("Milestones (%1$s)"), [writing.number(commitment.milestones.count)]))
      for milestone in commitment.milestones {
        let state = dueText(milestone, today: context.today, glyphs: glyphs, writing: writing)
        let due = " " + writing.localized("due", context: "milestone") + " "
        doc.hanging(
          TextFit.pad(milestone.id, to: 7) + due + TextFit.pad(writing.due(milestone.due), to: 15) + " ",
          "\(state): \(milestone.what)", indent: 2,
          style: Style(milestone.dueState(on: context.today) == .overdue ? .statusOverdue : .status(milestone.status)))
      }
    }
    // The journal's updates are in the history below, with their author.
    let evidence =
      (commitment.evidence.map { (owner: "", item: $0) }
      + commitment.milestones.flatMap { milestone in milestone.evidence.map { (owner: "[\(milestone.id)] ", item: $0) }
      })
      .filter { $0.item.recording == nil }
    doc.blank()
    doc.heading(Template.fill(writing.localized("Evidence (%1$s)"), [writing.number(evidence.count)]))
    if evidence.isEmpty {
      doc.paragraph(writing.localized("no public report found"), indent: 2, style: Style(.dimText))
    }
    let under = String(repeating: " ", count: writing.dayWidth + 2)
    for (owner, evidence) in evidence.sorted(by: { $0.item.date < $1.item.date }) {
      let lead = TextFit.pad(writing.date(evidence.date), to: writing.dayWidth) + "  "
      doc.hanging(lead, owner + evidence.summary, indent: 2)
      let confidence =
        evidence.confidence == .confirmed
        ? writing.localized("confirmed", context: "confidence") : writing.localized("reported", context: "confidence")
      doc.hanging(
        under + writing.localized("source:") + " ", "\(evidence.source) (\(confidence))", indent: 2,
        style: Style(.dimText))
      if let address = SafeText.webAddress(evidence.url) {
        doc.hanging(
          under + writing.localized("address:") + " ", address, indent: 2, style: Style(.dimText), link: address)
      }
    }
    let journal = context.view.journal
    HistorySection.append(
      journal.updates(of: [commitment.id] + commitment.milestones.map(\.id)), journal: journal, to: &doc)
    if let continues = commitment.continues {
      ContinuedHistory.append(continuing: continues, context: context, to: &doc)
    }
    let meetings = context.view.meetings(linkedTo: commitment.id)
      .sorted(by: { ($0.date?.earliestDay ?? .distantFuture) < ($1.date?.earliestDay ?? .distantFuture) })
    doc.blank()
    doc.heading(Template.fill(writing.localized("Meetings (%1$s)"), [writing.number(meetings.count)]))
    if meetings.isEmpty { doc.paragraph(writing.localized("none linked"), indent: 2, style: Style(.dimText)) }
    let schedule = context.schedule
    for meeting in meetings {
      let date = meeting.date.map(writing.date) ?? writing.localized("no date")
      let lead = "\(glyphs.mark(meeting.type)) " + TextFit.pad(date, to: writing.dayWidth) + "  "
      doc.hanging(
        lead, "\(meeting.title(in: writing)) (\(MeetingWhen.text(meeting, schedule: schedule, writing: writing)))",
        indent: 2)
    }
    return doc
  }

  /// `◐ in progress`, and `(reported)` when it rests only on reported evidence: never passed
  /// off as confirmed.
  /// Who carries it, in the reader's language; its sector's line ministries say they stand in
  /// for bodies its text does not name.
  static func carriedBy(_ commitment: Commitment, plan: Plan, _ writing: Writing) -> String {
    guard !commitment.carriers.isEmpty else { return writing.localized("not named") }
    let names = commitment.carriers.map { plan.agencyName($0, writing) }.joined(separator: "; ")
    return commitment.carriedBySector
      ? Template.fill(writing.localized("%s: its sector's line ministries, as the text names no body"), [names])
      : names
  }

  static func statusText(
    _ status: CommitmentStatus, _ confidence: Confidence, _ glyphs: Glyphs, _ writing: Writing = .english
  ) -> String {
    glyphs.statusWithLabel(status, in: writing)
      + (status != .unknown && confidence == .reported ? " (" + writing.localized("reported") + ")" : "")
  }

  /// Where a milestone stands against its date, in words.
  static func dueText(_ milestone: Milestone, today: Day, glyphs: Glyphs, writing: Writing = .english) -> String {
    switch milestone.dueState(on: today) {
    case .met, .open: statusText(milestone.status, milestone.statusConfidence, glyphs, writing)
    case .overdue: "\(glyphs.overdue) " + writing.localized("overdue")
    case .datePassedAgreedDateAllowed: writing.localized("date passed, an agreed date allowed")
    }
  }

  static func geometry(body: Rect, lines: Int) -> ListGeometry {
    ListGeometry(viewport: body.inset(horizontally: 1), lines: lines)
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    let body = ScreenChrome.body(area)
    let lines = CommitmentScreen.document(commitment, context: context, width: body.inset(horizontally: 1).width).lines
    return .document(CommitmentScreen.geometry(body: body, lines: lines.count), lines)
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    grid.draw(Paragraph(lines: layout.document, offset: context.position.offset), in: geometry.viewport)
  }
}

extension Day {
  /// Sorts undated things after every dated one.
  static let distantFuture = Day(year: 9999, month: 12, day: 31)
}

extension Rect {
  /// Shrunk by `amount` columns on the left and the right.
  public func inset(horizontally amount: Int) -> Rect {
    Rect(x: x + amount, y: y, width: width - 2 * amount, height: height)
  }
}

extension CommitmentScreen {
  /// A document: Enter opens the meetings that name the commitment, wherever it is scrolled.
  func destination(of item: Int, context: ScreenContext) -> Route? { .meetingsOf(commitment: commitment.id) }

  func updateTarget(selecting item: Int, context: ScreenContext) -> UpdateTarget? {
    UpdateTarget(kind: .commitment, id: commitment.id)
  }

  /// The newest source's address among the commitment's and its milestones' evidence known by
  /// the day; http and https only (`SafeText.webAddress`).
  func sourceAddress(context: ScreenContext) -> String? {
    let evidence = commitment.evidence + commitment.milestones.flatMap(\.evidence)
    return evidence.filter { SafeText.webAddress($0.url) != nil }.max { $0.date < $1.date }.flatMap {
      SafeText.webAddress($0.url)
    }
  }

  func identity(of item: Int, context: ScreenContext) -> String? { nil }
}
