import AccordLocalization
import AccordText

/// A `ChoicePicker` in a box over the screen: what is typed, then the choices it leaves, the
/// selected one marked, scrolled to stay in sight.
struct ChoicePickerBox: Widget {
  let picker: ChoicePicker
  let glyphs: Glyphs
  var writing = Writing.english

  func render(in area: Rect, into grid: inout CellGrid) {
    let width = min(area.width, 60)
    let height = min(area.height, picker.choices.count + 5, 20)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    grid.fill(box)
    // The picker's title is a filter's name, which the filter menu's catalog entries translate.
    let title = Template.fill(writing.localized("Pick %1$s"), [writing.localized(picker.title, context: "filter")])
    grid.draw(Block(title: title, selected: true, glyphs: glyphs), in: box)
    let inner = Block.inner(box).inset(horizontally: 1)
    guard inner.height >= 3 else { return }
    grid.write(
      TextFit.truncate(
        Template.fill(writing.localized("type to narrow: %1$s"), [glyphs.text(picker.query)]) + "_", to: inner.width,
        ellipsis: glyphs.ellipsis), in: inner,
      style: Style(.title, [.bold]))
    let rows = inner.height - 2
    let first = max(0, min(picker.selected - rows + 1, picker.shown.count - rows))
    if picker.shown.isEmpty {
      grid.write(
        Template.fill(writing.localized("nothing holds \"%1$s\""), [glyphs.text(picker.query)]), in: inner, dy: 1,
        style: Style(.dimText))
    }
    for (row, choice) in picker.shown.dropFirst(first).prefix(rows).enumerated() {
      let chosen = first + row == picker.selected
      // "any" is the picker's own word (the filter off); the other choices are the plan's.
      let label = choice == ChoicePicker.any ? writing.localized("any", context: "filter") : glyphs.text(choice)
      let text = (chosen ? glyphs.selectionMarker : " ") + " " + label
      grid.write(
        TextFit.truncate(text, to: inner.width, ellipsis: glyphs.ellipsis), in: inner, dy: 1 + row,
        style: chosen ? Style(.selection) : Style(.text))
    }
    let hint =
      glyphs.ascii
      ? writing.localized("Up/Down move, Enter picks, Esc back") : writing.localized("↑/↓ move · ⏎ picks · Esc back")
    grid.write(hint, in: inner, dy: inner.height - 1, style: Style(.dimText))
  }
}
