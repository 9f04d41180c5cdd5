import AccordCore
import AccordLocalization
import AccordText

/// The journal's updates of a commitment (its milestones' too) or a meeting, on its screen,
/// newest first: the date it happened, the status, who recorded it, its number and what it
/// corrects, then the note and the source. What the journal knows only from a later day is
/// not there (see `JournalHistory`).
enum HistorySection {
  /// - Parameter heading: the section's title, by default the history of what the screen shows.
  static func append(
    _ updates: [JournalUpdate], journal: JournalHistory, heading: String? = nil, to doc: inout Document
  ) {
    let glyphs = doc.glyphs
    let writing = doc.writing
    doc.blank()
    doc.heading(
      heading
        ?? writing.localized(
          "History (%d update in the journal)", plural: "History (%d updates in the journal)", count: updates.count))
    if updates.isEmpty { doc.paragraph(writing.localized("none recorded"), indent: 2, style: Style(.dimText)) }
    for update in updates {
      let corrected = journal.correction(of: update)
      let lead = TextFit.pad(writing.date(update.date), to: writing.dayWidth) + "  "
      let milestone = update.targetKind == .milestone ? "[\(update.targetID)] " : ""
      var number = "#" + writing.number(update.id ?? 0)
      if let corrects = update.corrects {
        number += ", " + Template.fill(writing.localized("corrects #%1$s"), [writing.number(corrects)])
      }
      if let corrected {
        number += ", " + Template.fill(writing.localized("corrected by #%1$s"), [writing.number(corrected)])
      }
      let line = [
        milestone + statusText(update, glyphs: glyphs, writing: writing),
        update.author ?? writing.localized("author unknown"), number,
      ]
      doc.hanging(
        lead, line.joined(separator: glyphs.separator), indent: 2,
        style: Style(corrected == nil ? role(of: update) : .dimText))
      let under = String(repeating: " ", count: writing.dayWidth + 2)
      if !update.note.isEmpty { doc.hanging(under, update.note, indent: 2) }
      let source = update.source.isEmpty ? writing.localized("none given") : update.source
      doc.hanging(
        under + writing.localized("source:") + " ", source + (update.url.map { " <\($0)>" } ?? ""), indent: 2,
        style: Style(.dimText))
    }
  }

  /// `✓ done`, `◐ in progress (reported)`, or a meeting's `held`: never passed off as confirmed.
  static func statusText(_ update: JournalUpdate, glyphs: Glyphs, writing: Writing = .english) -> String {
    let status =
      CommitmentStatus(rawValue: update.status).map { glyphs.statusWithLabel($0, in: writing) }
      ?? MeetingStatus(rawValue: update.status).map { MeetingWhen.statusLabel($0, writing: writing) } ?? update.status
    return status + (update.confidence == .reported ? " (" + writing.localized("reported") + ")" : "")
  }

  static func role(of update: JournalUpdate) -> StyleRole {
    CommitmentStatus(rawValue: update.status).map { StyleRole.status($0) } ?? .text
  }
}
