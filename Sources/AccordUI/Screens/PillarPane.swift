import AccordCore
import AccordLocalization
import AccordText

/// One pillar on the overview: its name, a gauge of deliverables done, counts by status, the
/// overdue count and the sectors with the most overdue deliverables; a tall pane adds its
/// sectors, the latest reports and the overdue deliverables. It shows as much of this as its
/// area holds, from a bordered pane down to a single line.
struct PillarPane: Widget {
  /// The pillar's roll-ups, overdue list and reports, computed once with the plan view.
  let facts: PillarView
  let index: Int
  let today: Day
  let selected: Bool
  let glyphs: Glyphs
  var writing = Writing.english

  var pillar: Pillar { facts.pillar }
  var summary: ProgressSummary { facts.progress }

  /// `I Political`
  var title: String { glyphs.text(pillar.heading(writing)) }

  var figure: String { Gauge.figure(done: summary.deliverablesDone, of: summary.deliverables, writing: writing) }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    if area.height >= 3 && area.width >= 12 {
      grid.draw(Block(title: title, selected: selected, glyphs: glyphs, role: .border), in: area)
      renderBody(in: Block.inner(area).inset(horizontally: area.width >= 20 ? 1 : 0), into: &grid)
    } else {
      renderLine(in: area, into: &grid)
    }
  }

  private func renderBody(in inner: Rect, into grid: inout CellGrid) {
    let summary = summary
    var row = 0
    func next(_ draw: (Rect, inout CellGrid) -> Void) {
      guard row < inner.height else { return }
      draw(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), &grid)
      row += 1
    }
    next { $1.draw(Gauge.deliverables(summary, glyphs: glyphs, writing: writing), in: $0) }
    let detailedRows = 1 + CommitmentStatus.allCases.count + 1
    if inner.height >= detailedRows {
      for status in CommitmentStatus.allCases {
        next { area, grid in
          grid.write(glyphs.statusWithLabel(status, in: writing), in: area, style: Style(.status(status)))
          grid.writeRight(ReportedOnly.count(summary, status, writing: writing), in: area)
        }
      }
    } else {
      next { area, grid in
        let counts = CommitmentStatus.allCases.map {
          "\(glyphs.status($0))\(ReportedOnly.count(summary, $0, compact: true, writing: writing))"
        }
        grid.write(counts.joined(separator: " "), in: area)
      }
    }
    let overdue = summary.overdue.count
    next { area, grid in
      // Nothing overdue is no alarm: plain words, without the overdue mark or its colour.
      if overdue == 0 {
        grid.write(writing.localized("none overdue"), in: area, style: Style(.dimText))
      } else {
        grid.write(
          "\(glyphs.overdue) " + writing.localized("%d overdue", plural: "%d overdue", count: overdue), in: area,
          style: Style(.statusOverdue, [.bold]))
      }
    }
    for sectorIndex in facts.sectorsByOverdue {
      let sector = pillar.sectors[sectorIndex]
      next { area, grid in
        let number = " " + writing.number(facts.sectorProgress[sectorIndex].overdue.count)
        let room = area.width - 2 - DisplayWidth.of(number)
        grid.write(
          TextFit.truncate(glyphs.text(sector.heading(writing)), to: room, ellipsis: glyphs.ellipsis), in: area,
          dx: 2, style: Style(.dimText))
        grid.writeRight(number, in: area, style: Style(.statusOverdue))
      }
    }
    guard row + 2 <= inner.height else { return }
    row += 1
    next { area, grid in
      grid.write(
        writing.localized("%d sector", plural: "%d sectors", count: pillar.sectors.count) + glyphs.separator
          + writing.localized("%d commitment", plural: "%d commitments", count: summary.total),
        in: area, style: Style(.dimText))
    }
    // A tall pane lists the sectors with their deliverables done, as many as fit.
    let room = inner.height - row
    let shown = room >= pillar.sectors.count ? pillar.sectors.count : max(0, room - 1)
    for (sectorIndex, sector) in pillar.sectors.prefix(shown).enumerated() {
      next { area, grid in
        let counts = facts.sectorProgress[sectorIndex]
        let figure =
          counts.deliverables == 0 ? "-" : writing.digits("\(counts.deliverablesDone)/\(counts.deliverables)")
        let room = area.width - 2 - DisplayWidth.of(figure) - 1
        grid.write(
          TextFit.truncate(glyphs.text(sector.heading(writing)), to: room, ellipsis: glyphs.ellipsis), in: area,
          dx: 2)
        grid.writeRight(figure, in: area, style: Style(.dimText))
      }
    }
    if shown < pillar.sectors.count {
      if room >= 1 {
        next {
          $1.write(
            "  "
              + Template.fill(
                writing.localized("+%1$s more (%2$s to open)"),
                [writing.number(pillar.sectors.count - shown), glyphs.enterKey]), in: $0, style: Style(.dimText))
        }
      }
      return
    }
    // Below a sector list shown in full, the rows left hold the latest reports and what is overdue.
    renderRecent(in: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: inner.height - row), into: &grid)
  }

  /// A pane squeezed into one or two rows: `> I Political ███░ 1/5 20% ! 2`.
  private func renderLine(in area: Rect, into grid: inout CellGrid) {
    let marker = selected ? glyphs.selectionMarker + " " : "  "
    let nameWidth = min(DisplayWidth.of(title), max(8, area.width * 2 / 5))
    let style = Style(.pillar(index), selected ? [.bold, .reverse] : [.bold])
    var x = grid.write(marker, in: area, style: Style(.selection, selected ? [.bold] : []))
    x += grid.write(TextFit.pad(title, to: nameWidth, ellipsis: glyphs.ellipsis), in: area, dx: x, style: style)
    x += 1
    let overdue = summary.overdue.count
    let tail = overdue > 0 ? " \(glyphs.overdue) \(writing.number(overdue))" : ""
    let gaugeArea = Rect(x: area.x + x, y: area.y, width: area.width - x - DisplayWidth.of(tail), height: 1)
    grid.draw(Gauge.deliverables(summary, glyphs: glyphs, writing: writing), in: gaugeArea)
    if !tail.isEmpty {
      grid.writeRight(
        tail, in: Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.statusOverdue, [.bold]))
    }
    if area.height >= 2 {
      let counts = CommitmentStatus.allCases.map {
        "\(glyphs.status($0))\(ReportedOnly.count(summary, $0, compact: true, writing: writing))"
      }
      grid.write(counts.joined(separator: " "), in: area, dx: 2, dy: 1, style: Style(.dimText))
    }
  }
}

extension PillarPane {
  /// A pane for a pillar on its own, its facts computed for `today`.
  init(pillar: Pillar, index: Int, today: Day, selected: Bool, glyphs: Glyphs) {
    self.init(
      facts: PillarView(pillar: pillar, today: today), index: index, today: today, selected: selected, glyphs: glyphs)
  }
}
