import AccordCore
import AccordLocalization
import AccordText

/// The `f` menu: each key steps one filter through its values (and back to "any"), but `g`
/// opens a picker of the agencies that narrows as one types; `x` clears them all, Esc, Enter or
/// `f` closes the menu. The filters stay on until cleared.
extension AppState {
  mutating func chooseFilter(_ key: Key) {
    guard case .character(let character) = key else {
      if key == .escape || key == .enter { filterMenuOpen = false }
      return
    }
    var next = filters
    let years = Array(plan.info.signed.year...plan.info.validUntil.year)
    switch character {
    case "s":
      next.commitments.statuses = Set(
        [cycle(next.commitments.statuses.first, through: CommitmentStatus.allCases)].compactMap { $0 })
    case "o": next.commitments.overdueOnly.toggle()
    case "k": next.commitments.kind = cycle(next.commitments.kind, through: Commitment.Kind.allCases)
    case "y": next.commitments.targetYear = cycle(next.commitments.targetYear, through: years)
    case "p": next.commitments.pillar = cycle(next.commitments.pillar, through: Array(view.source.pillars.indices))
    case "c": next.commitments.confidence = cycle(next.commitments.confidence, through: Confidence.allCases)
    case "g":
      // 45 agencies: picked from a list that narrows as one types, not stepped through.
      choicePicker = ChoicePicker(
        title: "agency", choices: AgencyIndex(plan: view.source).agencies.map(\.name), current: next.commitments.agency)
      return
    case "m":
      next.meetings.types = Set([cycle(next.meetings.types.first, through: MeetingType.allCases)].compactMap { $0 })
    case "t":
      next.meetings.statuses = Set(
        [cycle(next.meetings.statuses.first, through: MeetingStatus.allCases)].compactMap { $0 })
    case "e": next.meetings.year = cycle(next.meetings.year, through: years)
    case "x": next = PlanFilters()
    case "f", "q": filterMenuOpen = false
    default: return
    }
    filters = next
    dropRoutesThePlanNoLongerHas()
  }

  /// A key in the agency picker: typing narrows, Enter sets the filter, Esc leaves it as it was.
  mutating func pick(_ key: Key) {
    guard var picker = choicePicker else { return }
    switch key {
    case .character(let character): picker.type(character)
    case .backspace: picker.deleteBackward()
    case .up: picker.move(by: -1)
    case .down: picker.move(by: 1)
    case .pageUp: picker.move(by: -10)
    case .pageDown: picker.move(by: 10)
    case .escape:
      choicePicker = nil
      return
    case .enter:
      choicePicker = nil
      guard case .some(let agency) = picker.picked else { return }
      filters.commitments.agency = agency
      dropRoutesThePlanNoLongerHas()
      return
    default: return
    }
    choicePicker = picker
  }

  /// The value after `current` in `options`; after the last, none (the filter is off).
  private func cycle<T: Equatable>(_ current: T?, through options: [T]) -> T? {
    guard let current, let index = options.firstIndex(of: current) else { return options.first }
    return index + 1 < options.count ? options[index + 1] : nil
  }

  /// `status: done · overdue`, or nil when no filter is on.
  var filterSummary: String? {
    filters.isEmpty
      ? nil : filters.summary(pillarNames: view.source.pillars.map { $0.heading(writing) }, writing: writing)
  }
}

/// The menu `f` opens: each filter's key and its value now.
struct FilterMenu: Widget {
  let filters: PlanFilters
  let pillarNames: [String]
  let glyphs: Glyphs
  var writing = Writing.english

  /// Each filter's key, name and value, and whether it is on (its value then stands out).
  var entries: [(key: String, name: String, value: String, on: Bool)] {
    let c = filters.commitments
    let m = filters.meetings
    let any = writing.localized("any", context: "filter")
    let pillar = c.pillar.map { pillarNames.indices.contains($0) ? pillarNames[$0] : writing.number($0 + 1) }
    let rows: [(String, String, String?, Bool)] = [
      (
        "s", writing.localized("status", context: "filter"), c.statuses.first?.label(in: writing),
        c.statuses.first != nil
      ),
      (
        "o", writing.localized("overdue only", context: "filter"),
        c.overdueOnly ? writing.localized("yes", context: "filter") : writing.localized("no", context: "filter"),
        c.overdueOnly
      ),
      ("k", writing.localized("kind", context: "filter"), c.kind?.rawValue, c.kind != nil),
      ("y", writing.localized("target year", context: "filter"), c.targetYear.map(writing.number), c.targetYear != nil),
      ("p", writing.localized("pillar", context: "filter"), pillar, pillar != nil),
      ("c", writing.localized("confidence", context: "filter"), c.confidence?.rawValue, c.confidence != nil),
      ("g", writing.localized("agency", context: "filter"), c.agency, c.agency != nil),
      ("m", writing.localized("meeting type", context: "filter"), m.types.first?.label(in: writing), !m.types.isEmpty),
      ("t", writing.localized("meeting status", context: "filter"), m.statuses.first?.rawValue, !m.statuses.isEmpty),
      ("e", writing.localized("meeting year", context: "filter"), m.year.map(writing.number), m.year != nil),
      ("x", writing.localized("clear all", context: "filter"), "", false),
    ]
    return rows.map { ($0.0, $0.1, $0.2 ?? any, $0.3) }
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    let entries = entries
    let nameWidth = max(15, entries.map { DisplayWidth.of($0.name) }.max() ?? 0)
    let width = min(area.width, 41 + nameWidth)
    let height = min(area.height, entries.count + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.fill(box)
    grid.draw(Block(title: writing.localized("Filters"), selected: true, glyphs: glyphs), in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard !inner.isEmpty else { return }
    for (row, entry) in entries.prefix(max(0, inner.height - 2)).enumerated() {
      let x = grid.write(
        entry.key + "  " + TextFit.pad(entry.name, to: nameWidth), in: inner, dy: row, style: Style(.title, [.bold]))
      let on = entry.on
      grid.write(
        TextFit.truncate(glyphs.text(entry.value), to: inner.width - x, ellipsis: glyphs.ellipsis), in: inner, dx: x,
        dy: row, style: on ? Style(.warning, [.bold]) : Style(.dimText))
    }
    grid.write(
      writing.localized("each key steps through, g picks from a list; Esc closes"), in: inner, dy: inner.height - 1,
      style: Style(.dimText)
    )
  }
}

/// The line that says filters are on, under the screen's header until they are cleared.
struct FilterLine: Widget {
  let summary: String
  let glyphs: Glyphs
  var writing = Writing.english

  func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: Style(.warning, .reverse))
    let hint = "  " + writing.localized("f changes, x in f clears") + " "
    let text = " " + Template.fill(writing.localized("filtered: %1$s"), [glyphs.text(summary)])
    let room = area.width - DisplayWidth.of(hint)
    grid.write(
      TextFit.truncate(text, to: max(0, room), ellipsis: glyphs.ellipsis), in: area,
      style: Style(.warning, [.reverse, .bold]))
    if room > 20 { grid.writeRight(hint, in: area, style: Style(.warning, .reverse)) }
  }
}
