import AccordCore
import AccordLocalization
import AccordText

/// The update form in a box over the screen: a row a field, the validation's message under the
/// field it is about, and the keys at the bottom. Laid out afresh for each frame from the
/// form's state, so a resize keeps all that was typed; when the box is short, the rows scroll
/// to keep the focused field in sight.
struct UpdateFormOverlay: Widget {
  let form: UpdateForm
  let glyphs: Glyphs
  var writing = Writing.english

  static let labelWidth = 13

  private enum Row {
    case field(UpdateForm.Field)
    case problem(String)
    case blank
    case footer(String, StyleRole)
  }

  func render(in area: Rect, into grid: inout CellGrid) {
    guard area.width >= 20, area.height >= 5 else { return }
    // Nearly the whole width of a small terminal, so the statuses fit on one line at 80.
    let width = max(min(area.width, 78), min(100, area.width * 3 / 4))
    let inside = width - 4
    let rows = rows(width: max(1, inside - Self.labelWidth))
    let height = min(area.height, rows.count + 2)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.draw(Block(title: writing.localized("Record an update"), selected: true, glyphs: glyphs), in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard !inner.isEmpty else { return }
    let focused = rows.firstIndex { if case .field(form.focus) = $0 { true } else { false } } ?? 0
    // The focused field and the message under it stay in view; the keys at the bottom too.
    let footer = rows.count > inner.height ? 1 : 0
    let room = inner.height - footer
    let first = max(0, min(focused + 2 - room, rows.count - footer - room))
    for (index, row) in rows[first..<(first + room)].enumerated() {
      draw(row, in: Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1), into: &grid)
    }
    if footer == 1, let last = rows.last {
      draw(last, in: Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1), into: &grid)
    }
  }

  private func rows(width: Int) -> [Row] {
    var rows: [Row] = []
    for field in form.fields {
      rows.append(.field(field))
      if let problem = form.problems[field] {
        rows += TextWrap.lines(glyphs.text(problem), width: width - 2).prefix(3).map(Row.problem)
      }
    }
    rows.append(.blank)
    if let failure = form.failure {
      rows += TextWrap.lines(
        Template.fill(writing.localized("not recorded: %1$s"), [glyphs.text(failure)]), width: width
      ).prefix(3).map {
        Row.footer($0, .warning)
      }
    } else if let notice = form.notice {
      rows.append(.footer(Self.text(notice, writing), .warning))
    }
    let enter = glyphs.ascii ? "Enter" : "⏎"
    let keys = Template.fill(
      writing.localized("Tab next · Shift-Tab back · Ctrl-S or %1$s on the last saves · Esc cancels"), [enter])
    rows.append(.footer(keys, .dimText))
    return rows
  }

  private func draw(_ row: Row, in line: Rect, into grid: inout CellGrid) {
    let value = Rect(x: line.x + Self.labelWidth, y: line.y, width: max(0, line.width - Self.labelWidth), height: 1)
    switch row {
    case .field(let field):
      let focused = field == form.focus
      let label = (focused ? glyphs.selectionMarker : " ") + Self.label(field, writing)
      let labelArea = Rect(x: line.x, y: line.y, width: min(line.width, Self.labelWidth - 1), height: 1)
      grid.write(
        TextFit.truncate(label, to: labelArea.width, ellipsis: glyphs.ellipsis), in: labelArea,
        style: Style(focused ? .title : .text, focused ? [.bold] : []))
      if let text = form.text(of: field) {
        drawText(text, focused: focused, in: value, into: &grid)
        if field == .date && focused && value.width > 30 {
          grid.writeRight("YYYY, YYYY-MM or YYYY-MM-DD", in: value, style: Style(.dimText))
        }
      } else {
        drawChoices(field, focused: focused, in: value, into: &grid)
      }
    case .problem(let message):
      grid.write("! " + message, in: value, style: Style(.warning, [.bold]))
    case .blank:
      break
    case .footer(let text, let role):
      grid.write(
        TextFit.truncate(glyphs.text(text), to: line.width, ellipsis: glyphs.ellipsis), in: line, style: Style(role))
    }
  }

  static func text(_ notice: UpdateForm.Notice, _ writing: Writing) -> String {
    switch notice {
    case .pasted: writing.localized("text was pasted just now: save again to record")
    case .full(let field, let limit):
      Template.fill(
        // TRANSLATORS: %1$s is the field's label as the form shows it (Note, Source...), %2$s its limit.
        writing.localized("the %1$s takes at most %2$s characters"),
        [label(field, writing).lowercased(), writing.number(limit)])
    }
  }

  static func label(_ field: UpdateForm.Field, _ writing: Writing = .english) -> String {
    switch field {
    case .target: writing.localized("About", context: "form")
    case .status: writing.localized("Status", context: "form")
    case .date: writing.localized("Date", context: "form")
    case .note: writing.localized("Note", context: "form")
    case .source: writing.localized("Source", context: "form")
    case .url: writing.localized("Address", context: "form")
    case .confidence: writing.localized("Confidence", context: "form")
    case .corrects: writing.localized("Corrects", context: "form")
    }
  }

  /// A text field: the part around the cursor, which is a reversed cell.
  private func drawText(_ text: TextField, focused: Bool, in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: Style(.header))
    let window = text.window(columns: area.width)
    var x = area.x
    for index in window.start..<window.end {
      let character = text.characters[index]
      let columns = DisplayWidth.of(character)
      let style = Style(.header, focused && index == text.cursor ? [.reverse] : [])
      grid.write(glyphs.text(String(character)), x: x, y: area.y, limit: max(1, columns), style: style)
      x += columns
    }
    if focused && text.cursor == text.characters.count && window.cursorColumn < area.width {
      grid.write(" ", x: area.x + window.cursorColumn, y: area.y, limit: 1, style: Style(.header, [.reverse]))
    }
  }

  /// A picker: every value it offers, the chosen one in brackets (reversed when focused).
  private func drawChoices(_ field: UpdateForm.Field, focused: Bool, in area: Rect, into grid: inout CellGrid) {
    if field == .target {
      let target = form.target
      let of = "\(form.targetIndex + 1)/\(form.targets.count)"
      let text =
        "\(target.id) \(target.kind.rawValue) (\(of), \(glyphs.ascii ? "Left/Right" : "←/→")): \(glyphs.text(target.title))"
      grid.write(
        TextFit.truncate(text, to: area.width, ellipsis: glyphs.ellipsis), in: area,
        style: Style(.text, focused ? [.bold] : []))
      return
    }
    let names = form.choices(of: field)
    let chosen = form.chosen(in: field)
    let all = names.enumerated().map { $0.offset == chosen ? "[\($0.element)]" : " \($0.element) " }
    guard DisplayWidth.of(all.joined()) <= area.width else {
      grid.write("< \(names[chosen]) >", in: area, style: Style(.text, focused ? [.bold, .reverse] : [.bold]))
      return
    }
    var dx = 0
    for (index, name) in all.enumerated() {
      let style = index == chosen ? Style(.text, focused ? [.bold, .reverse] : [.bold]) : Style(.dimText)
      dx += grid.write(name, in: area, dx: dx, style: style)
    }
  }
}
