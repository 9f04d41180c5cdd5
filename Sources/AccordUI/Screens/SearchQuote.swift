import AccordCore
import AccordLocalization
import AccordText

/// The words a result matched outside its id and title, after the title: `· agency: …Ministry
/// of Foreign Affairs…`, the match kept in view and highlighted as a title's is. Only the
/// excerpt the search cut is read, so a long note costs no more than a short one.
struct SearchQuote {
  let elsewhere: SearchHit.Elsewhere
  let query: String
  let glyphs: Glyphs
  var writing = Writing.english

  /// The label and separator before the words.
  var lead: String { glyphs.separator + label + ": " }

  /// The name of the text that matched, in the reader's language.
  var label: String {
    switch elsewhere.label {
    case "agency": writing.localized("agency", context: "search field")
    case "source": writing.localized("source", context: "search field")
    case "place": writing.localized("place", context: "search field")
    case "note": writing.localized("note", context: "search field")
    case "reported by": writing.localized("reported by", context: "search field")
    default: elsewhere.label
    }
  }

  /// Columns it would take whole, within `limit`.
  func width(limit: Int) -> Int {
    min(limit, DisplayWidth.of(lead) + DisplayWidth.of(glyphs.text(String(elsewhere.excerpt))))
  }

  /// The words fitted to `room` columns: at most a third of the room before the match, an
  /// ellipsis wherever the text goes on.
  func words(room: Int) -> String {
    let excerpt = elsewhere.excerpt
    let text = glyphs.text(String(excerpt))
    let cutBefore = excerpt.startIndex != excerpt.base.startIndex
    let cutAfter = excerpt.endIndex != excerpt.base.endIndex
    let ellipsis = glyphs.ellipsis
    guard let match = SearchFolding.ranges(of: query, in: text).first else {
      return TextFit.truncate((cutBefore ? ellipsis : "") + text, to: room, ellipsis: ellipsis)
    }
    var before = String(text[..<match.lowerBound])
    let keep = room / 3
    if DisplayWidth.of(before) > keep || (cutBefore && !before.isEmpty) {
      // The end of what comes before, whole clusters only.
      let tail = TextFit.prefix(String(before.reversed()), columns: max(0, keep - DisplayWidth.of(ellipsis)))
      before = ellipsis + String(tail.reversed())
    } else if cutBefore {
      before = ellipsis
    }
    let after = String(text[match.lowerBound...]) + (cutAfter ? ellipsis : "")
    return TextFit.truncate(before + after, to: room, ellipsis: ellipsis)
  }

  /// Draws it from `dx` to the end of `area`; returns the columns written.
  @discardableResult
  func draw(in area: Rect, dx: Int, into grid: inout CellGrid) -> Int {
    let room = area.width - dx - DisplayWidth.of(lead)
    guard room > DisplayWidth.of(glyphs.ellipsis) else { return 0 }
    let x = grid.write(lead, in: area, dx: dx, style: Style(.dimText))
    return x
      + HighlightedText(text: words(room: room), query: query, glyphs: glyphs).draw(
        in: area, dx: dx + x, style: Style(.dimText), into: &grid)
  }
}
