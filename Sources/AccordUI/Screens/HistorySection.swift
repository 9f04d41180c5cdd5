import AccordCore
import AccordText

/// The journal's updates of a commitment (its milestones' too) or a meeting, on its screen,
/// newest first: the date it happened, the status, who recorded it, its number and what it
/// corrects, then the note and the source. What the journal knows only from a later day is
/// not there (see `JournalHistory`).
enum HistorySection {
  static func append(_ updates: [JournalUpdate], journal: JournalHistory, to doc: inout Document) {
    let glyphs = doc.glyphs
    doc.blank()
    doc.heading("History (\(counted(updates.count, "update")) in the journal)")
    if updates.isEmpty { doc.paragraph("none recorded", indent: 2, style: Style(.dimText)) }
    for update in updates {
      let corrected = journal.correction(of: update)
      let lead = TextFit.pad("\(update.date)", to: 10) + "  "
      let milestone = update.targetKind == .milestone ? "[\(update.targetID)] " : ""
      var number = "#\(update.id ?? 0)"
      if let corrects = update.corrects { number += ", corrects #\(corrects)" }
      if let corrected { number += ", corrected by #\(corrected)" }
      let line = [milestone + statusText(update, glyphs: glyphs), update.author ?? "author unknown", number]
      doc.hanging(
        lead, line.joined(separator: glyphs.separator), indent: 2,
        style: Style(corrected == nil ? role(of: update) : .dimText))
      let under = String(repeating: " ", count: 12)
      if !update.note.isEmpty { doc.hanging(under, update.note, indent: 2) }
      let source = update.source.isEmpty ? "none given" : update.source
      doc.hanging(under + "source: ", source + (update.url.map { " <\($0)>" } ?? ""), indent: 2, style: Style(.dimText))
    }
  }

  /// `✓ done`, `◐ in progress (reported)`, or a meeting's `held`: never passed off as confirmed.
  static func statusText(_ update: JournalUpdate, glyphs: Glyphs) -> String {
    let status = CommitmentStatus(rawValue: update.status).map(glyphs.statusWithLabel) ?? update.status
    return status + (update.confidence == .reported ? " (reported)" : "")
  }

  static func role(of update: JournalUpdate) -> StyleRole {
    CommitmentStatus(rawValue: update.status).map { StyleRole.status($0) } ?? .text
  }
}
