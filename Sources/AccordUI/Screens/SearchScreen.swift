import AccordCore
import AccordLocalization
import AccordText

/// What `/` found for a query: a heading per kind (pillars, sectors, commitments, milestones,
/// reports, meetings, agencies) over its results, the matched words highlighted, quoted after
/// the title when they are in another text. Enter opens a result; Back comes back to the list.
struct SearchScreen: Screen {
  let query: String
  let hits: [SearchHit]
  /// How many hits of each kind, for the headings.
  let counts: [SearchHit.Kind: Int]

  init(query: String, hits: [SearchHit]) {
    self.query = query
    self.hits = hits
    var counts: [SearchHit.Kind: Int] = [:]
    for hit in hits { counts[hit.kind, default: 0] += 1 }
    self.counts = counts
  }

  /// Rows: each kind's heading, then its hits; items index `hits`.
  static func rows(_ hits: [SearchHit]) -> [Int?] {
    var rows: [Int?] = []
    for (index, hit) in hits.enumerated() {
      if index == 0 || hits[index - 1].kind != hit.kind { rows.append(nil) }
      rows.append(index)
    }
    return rows
  }

  func layout(in area: Rect, context: ScreenContext) -> ScreenLayout.Body {
    .list(ListGeometry(viewport: ScreenChrome.body(area).splitTop(2).rest, rowItems: SearchScreen.rows(hits)))
  }

  func render(_ layout: ScreenLayout, context: ScreenContext, into grid: inout CellGrid) {
    guard let geometry = layout.list else { return }
    let glyphs = context.glyphs
    let writing = context.writing
    ScreenChrome(context: context).render(in: layout.area, into: &grid)
    let summary = ScreenChrome.body(layout.area).splitTop(1).top
    let said =
      query.isEmpty
      ? writing.localized("type to search every text of the plan")
      : Template.fill(
        writing.localized("%1$s for \"%2$s\""),
        [writing.localized("%d result", plural: "%d results", count: hits.count), glyphs.text(query)])
    grid.write(" " + said, in: summary, style: Style(.title, [.bold]))
    // The ids on screen set the column, so a long id further down costs nothing per frame.
    let shown = ListView(geometry: geometry, position: context.position, glyphs: glyphs).visibleRows.compactMap(\.item)
    let idWidth = min(
      12, shown.filter { hits[$0].kind != .agency }.map { DisplayWidth.of(glyphs.text(hits[$0].id)) }.max() ?? 0)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else {
        // A heading: the kind of the hit on the next row.
        let rows = geometry.rowItems
        guard row.row + 1 < rows.count, let next = rows[row.row + 1] else { return }
        let kind = hits[next].kind
        let heading = "\(SearchScreen.heading(kind, writing)) (\(writing.number(counts[kind] ?? 0)))"
        grid.write(heading, in: row.content, style: Style(.title, [.bold]))
        return
      }
      let hit = hits[item]
      var dx = 0
      if hit.kind != .agency {
        let id = TextFit.pad(TextFit.truncate(glyphs.text(hit.id), to: idWidth, ellipsis: glyphs.ellipsis), to: idWidth)
        dx +=
          HighlightedText(text: id, query: query, glyphs: glyphs).draw(
            in: row.content, dx: 0, style: Style(.text, [.bold]), into: &grid) + 1
      }
      // A commitment shows its status, marked when it rests only on reported evidence.
      if hit.kind == .commitment, let commitment = context.view.commitment(id: hit.id) {
        dx += grid.write(ReportedOnly.mark(of: commitment), in: row.content, dx: dx, style: Style(.dimText, [.bold]))
        dx +=
          grid.write(
            glyphs.status(commitment.status), in: row.content, dx: dx, style: Style(.status(commitment.status), [.bold])
          ) + 1
      }
      guard let elsewhere = hit.elsewhere else {
        HighlightedText(text: hit.title, query: query, glyphs: glyphs).draw(in: row.content, dx: dx, into: &grid)
        return
      }
      // The title keeps at least two fifths of the room, the words that matched the rest.
      let quote = SearchQuote(elsewhere: elsewhere, query: query, glyphs: glyphs, writing: writing)
      let room = row.content.width - dx
      let title = min(DisplayWidth.of(glyphs.text(hit.title)), max(room - quote.width(limit: room), room * 2 / 5))
      let titleArea = Rect(x: row.content.x, y: row.content.y, width: dx + title, height: 1)
      dx += HighlightedText(text: hit.title, query: query, glyphs: glyphs).draw(in: titleArea, dx: dx, into: &grid)
      quote.draw(in: row.content, dx: dx, into: &grid)
    }
  }

  /// The heading a kind of result goes under, in the reader's language.
  static func heading(_ kind: SearchHit.Kind, _ writing: Writing) -> String {
    switch kind {
    case .pillar: writing.localized("Pillars")
    case .sector: writing.localized("Sectors")
    case .commitment: writing.localized("Commitments")
    case .milestone: writing.localized("Milestones")
    case .evidence: writing.localized("Reports")
    case .meeting: writing.localized("Meetings")
    case .agency: writing.localized("Agencies")
    }
  }

  func destination(of item: Int, context: ScreenContext) -> Route? {
    guard hits.indices.contains(item) else { return nil }
    let hit = hits[item]
    switch hit.kind {
    case .pillar:
      return context.plan.pillars.firstIndex { $0.id == hit.id }.map(Route.pillar)
    case .sector:
      return .sector(hit.id)
    case .commitment, .evidence:
      return .commitment(hit.id)
    case .milestone:
      guard case .milestone(let commitment, _) = GoToTarget.resolve(hit.id, in: context.plan) else { return nil }
      return .commitment(commitment)
    case .meeting:
      return .meeting(hit.id)
    case .agency:
      return .agency(hit.id)
    }
  }

  /// Every result matched the query in one of its texts, so `n`/`N` step through them all.
  func searchableText(of item: Int, context: ScreenContext) -> String? {
    hits.indices.contains(item) ? query : nil
  }
}
