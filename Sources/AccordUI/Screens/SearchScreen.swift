import AccordCore
import AccordLocalization
import AccordText

/// What `/` found for a query: a heading per kind (pillars, sectors, commitments, milestones,
/// reports, meetings, agencies) over its results, the matched words highlighted, quoted after
/// the title when they are in another text. Enter opens a result; Back comes back to the list.
/// With several plans open, every plan's results under each kind (`OpenPlans`), each row with
/// its plan's short id.
struct SearchScreen: Screen {
  let query: String
  let open: OpenPlans
  let found: [OfPlan<SearchHit>]
  /// How many hits of each kind, for the headings.
  let counts: [SearchHit.Kind: Int]

  init(query: String, open: OpenPlans) {
    self.query = query
    self.open = open
    found = OfPlan.merging(open.views.map { $0.finding.search.search(query) }) { $0.kind.rawValue < $1.kind.rawValue }
    var counts: [SearchHit.Kind: Int] = [:]
    for hit in found { counts[hit.item.kind, default: 0] += 1 }
    self.counts = counts
  }

  /// The results, whichever plan each is of.
  var hits: [SearchHit] { found.map(\.item) }

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
        [writing.localized("%d result", plural: "%d results", count: found.count), glyphs.text(query)])
    grid.write(" " + said, in: summary, style: Style(.title, [.bold]))
    // The ids on screen set the column, so a long id further down costs nothing per frame.
    let shown = ListView(geometry: geometry, position: context.position, glyphs: glyphs).visibleRows.compactMap(\.item)
    let idWidth = min(
      12,
      shown.filter { found[$0].item.kind != .agency }.map { DisplayWidth.of(glyphs.text(found[$0].item.id)) }.max() ?? 0
    )
    let tagWidth = open.tagWidth(glyphs)
    ListView(geometry: geometry, position: context.position, glyphs: glyphs).render(into: &grid) { row, grid in
      guard let item = row.item else {
        // A heading: the kind of the hit on the next row.
        let rows = geometry.rowItems
        guard row.row + 1 < rows.count, let next = rows[row.row + 1] else { return }
        let kind = found[next].item.kind
        let heading = "\(SearchScreen.heading(kind, writing)) (\(writing.number(counts[kind] ?? 0)))"
        grid.write(heading, in: row.content, style: Style(.title, [.bold]))
        return
      }
      let hit = found[item].item
      let content = open.tag(found[item].plan, in: row.content, width: tagWidth, glyphs: glyphs, into: &grid)
      var dx = 0
      if hit.kind != .agency {
        let id = TextFit.pad(TextFit.truncate(glyphs.text(hit.id), to: idWidth, ellipsis: glyphs.ellipsis), to: idWidth)
        dx +=
          HighlightedText(text: id, query: query, glyphs: glyphs).draw(
            in: content, dx: 0, style: Style(.text, [.bold]), into: &grid) + 1
      }
      // A commitment shows its status, marked when it rests only on reported evidence.
      if hit.kind == .commitment, let commitment = open.views[found[item].plan].commitment(id: hit.id) {
        dx += grid.write(ReportedOnly.mark(of: commitment), in: content, dx: dx, style: Style(.dimText, [.bold]))
        dx +=
          grid.write(
            glyphs.status(commitment.status), in: content, dx: dx, style: Style(.status(commitment.status), [.bold])
          ) + 1
      }
      guard let elsewhere = hit.elsewhere else {
        HighlightedText(text: hit.title, query: query, glyphs: glyphs).draw(in: content, dx: dx, into: &grid)
        return
      }
      // The title keeps at least two fifths of the room, the words that matched the rest.
      let quote = SearchQuote(elsewhere: elsewhere, query: query, glyphs: glyphs, writing: writing)
      let room = content.width - dx
      let title = min(DisplayWidth.of(glyphs.text(hit.title)), max(room - quote.width(limit: room), room * 2 / 5))
      let titleArea = Rect(x: content.x, y: content.y, width: dx + title, height: 1)
      dx += HighlightedText(text: hit.title, query: query, glyphs: glyphs).draw(in: titleArea, dx: dx, into: &grid)
      quote.draw(in: content, dx: dx, into: &grid)
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

  /// What Enter opens on a result, in the result's plan.
  func destination(of item: Int, context: ScreenContext) -> Route? {
    guard found.indices.contains(item) else { return nil }
    let hit = found[item].item
    let plan = open.views[found[item].plan].plan
    switch hit.kind {
    case .pillar:
      return plan.pillars.firstIndex { $0.id == hit.id }.map(Route.pillar)
    case .sector:
      return .sector(hit.id)
    case .commitment, .evidence:
      return .commitment(hit.id)
    case .milestone:
      guard case .milestone(let commitment, _) = GoToTarget.resolve(hit.id, in: plan) else { return nil }
      return .commitment(commitment)
    case .meeting:
      return .meeting(hit.id)
    case .agency:
      return .agency(hit.id)
    }
  }

  /// Every result matched the query in one of its texts, so `n`/`N` step through them all.
  func searchableText(of item: Int, context: ScreenContext) -> String? {
    found.indices.contains(item) ? query : nil
  }

  func plan(of item: Int) -> Int? {
    found.indices.contains(item) ? open.other(found[item].plan) : nil
  }
}
