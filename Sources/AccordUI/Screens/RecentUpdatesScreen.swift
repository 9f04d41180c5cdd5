import AccordCore
import AccordLocalization
import AccordText

/// What was recorded in the journal across the plan from a day to today (`U`; `[` and `]`
/// move that day a week), the latest recorded first: when it was recorded, the target, the
/// status, the date it happened, who recorded it, the note and the source. Enter opens the
/// commitment (a milestone's commitment) or the meeting.
struct RecentUpdatesScreen: Screen {
  /// How far back `U` looks, and how far `[` and `]` move.
  static let week = 7

  let since: Day
  let updates: [JournalUpdate]
  let journal: JournalHistory

  init(since: Day, journal: JournalHistory) {
    self.since = since
    self.journal = journal
    updates = journal.recorded(since: since)
  }

  /// Under the title bar: what the list holds and the keys that move its first day, then a
  /// line naming the columns.
  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(3).rest, items: updates.count))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let writing = context.writing
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let header = ScreenChrome.body(layout.area).splitTop(3).top
    let title =
      " " + Template.fill(writing.localized("Recorded since %1$s"), [writing.day(since)]) + glyphs.separator
      + writing.localized("%d update", plural: "%d updates", count: updates.count)
    let x = grid.write(title, in: header, style: Style(.title, [.bold]))
    let hint = "[ " + writing.localized("a week earlier") + "  ] " + writing.localized("a week later")
    if !context.kiosk && header.width - x >= DisplayWidth.of(hint) + 3 {
      grid.writeRight(hint + " ", in: header, style: Style(.dimText))
    }
    let columns = Columns(updates: updates, width: geometry.viewport.width - 2, glyphs: glyphs, writing: writing)
    grid.write(columns.heading, in: header, dx: 2, dy: 2, style: Style(.dimText, [.underline]))
    if updates.isEmpty {
      grid.write(
        Template.fill(
          writing.localized("nothing recorded from %1$s to %2$s"), [writing.day(since), writing.day(context.today)]),
        in: geometry.viewport, dx: 2, style: Style(.dimText))
    }
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else { return }
      columns.draw(updates[item], in: row.content, into: &grid)
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    guard updates.indices.contains(item) else { return nil }
    let update = updates[item]
    return update.targetKind == .meeting ? .meeting(update.targetID) : .commitment(journal.owner(of: update))
  }

  func searchableText(of item: Int, context: ScreenContext) -> String? {
    guard updates.indices.contains(item) else { return nil }
    let update = updates[item]
    return [update.targetID, update.status, update.author ?? "", update.note, update.source].joined(separator: " ")
  }

  /// An update stays selected by its number when new ones come in above it.
  func identity(of item: Int, context: ScreenContext) -> String? {
    updates.indices.contains(item) ? "#\(updates[item].id ?? 0)" : nil
  }

  /// The columns of a row, as wide as their widest entry; the author's cut to leave room for
  /// the note and the source.
  struct Columns {
    let glyphs: Glyphs
    let writing: Writing
    let target: Int
    let status: Int
    let author: Int
    /// The columns of a day, and the words over the columns.
    let day: Int
    let words: (recorded: String, target: String, status: String, dated: String, by: String, rest: String)

    init(updates: [JournalUpdate], width: Int, glyphs: Glyphs, writing: Writing = .english) {
      self.glyphs = glyphs
      self.writing = writing
      words = (
        writing.localized("recorded", context: "column"), writing.localized("target", context: "column"),
        writing.localized("status", context: "column"), writing.localized("dated", context: "column"),
        writing.localized("by", context: "column"), writing.localized("note, source", context: "column")
      )
      day = max(writing.dayWidth, DisplayWidth.of(words.recorded), DisplayWidth.of(words.dated))
      target = max(
        6, DisplayWidth.of(words.target), updates.map { DisplayWidth.of(glyphs.text($0.targetID)) }.max() ?? 0)
      status = max(
        6, DisplayWidth.of(words.status),
        updates.map { DisplayWidth.of(HistorySection.statusText($0, glyphs: glyphs, writing: writing)) }.max() ?? 0)
      author = min(28, width / 6, max(2, updates.map { DisplayWidth.of(glyphs.text($0.author ?? "")) }.max() ?? 0))
    }

    var heading: String {
      [
        TextFit.pad(words.recorded, to: day), TextFit.pad(words.target, to: target),
        TextFit.pad(words.status, to: status), TextFit.pad(words.dated, to: day),
        TextFit.pad(words.by, to: author, ellipsis: glyphs.ellipsis), words.rest,
      ]
      .joined(separator: "  ")
    }

    func draw(_ update: JournalUpdate, in area: Rect, into grid: inout CellGrid) {
      var x = grid.write(
        TextFit.pad(update.recordedDay.map(writing.day) ?? "", to: day) + "  ", in: area, style: Style(.dimText))
      x += grid.write(
        TextFit.pad(glyphs.text(update.targetID), to: target, ellipsis: glyphs.ellipsis) + "  ", in: area, dx: x,
        style: Style(.text, [.bold]))
      x += grid.write(
        TextFit.pad(HistorySection.statusText(update, glyphs: glyphs, writing: writing), to: status) + "  ", in: area,
        dx: x,
        style: Style(HistorySection.role(of: update)))
      x += grid.write(TextFit.pad(writing.date(update.date), to: day) + "  ", in: area, dx: x)
      x += grid.write(
        TextFit.pad(glyphs.text(update.author ?? "?"), to: author, ellipsis: glyphs.ellipsis) + "  ", in: area, dx: x)
      let rest =
        (update.note.isEmpty ? "" : update.note + glyphs.separator) + writing.localized("source:") + " "
        + (update.source.isEmpty ? writing.localized("none given") : update.source)
      grid.write(
        TextFit.truncate(glyphs.text(rest), to: max(0, area.width - x), ellipsis: glyphs.ellipsis), in: area, dx: x,
        style: Style(.dimText))
    }
  }
}
