import AccordLocalization
import AccordText

/// A line of a document, already cut to the width it was wrapped for.
public struct StyledLine: Equatable, Sendable {
  public var text: String
  public var style: Style
  public var indent: Int
  /// The web address the text shows from column `linkColumn` on (its whole rest of the line).
  public var link: String?
  public var linkColumn: Int

  public init(_ text: String, style: Style = .text, indent: Int = 0, link: String? = nil, linkColumn: Int = 0) {
    self.text = text
    self.style = style
    self.indent = indent
    self.link = link
    self.linkColumn = linkColumn
  }
}

/// A document laid out for a width: headings, wrapped paragraphs and `label: value` fields
/// whose values hang under their first line. Wrapping is by display width.
public struct Document: Sendable {
  public let width: Int
  public let glyphs: Glyphs
  /// The reader's language, for the words the document's sections add around the data.
  public let writing: Writing
  public private(set) var lines: [StyledLine] = []

  public init(width: Int, glyphs: Glyphs, writing: Writing = .english) {
    self.width = max(0, width)
    self.glyphs = glyphs
    self.writing = writing
  }

  public mutating func blank() {
    if let last = lines.last, !last.text.isEmpty { lines.append(StyledLine("")) }
  }

  public mutating func heading(_ text: String, style: Style = Style(.title, [.bold])) {
    paragraph(text, style: style)
  }

  public mutating func paragraph(_ text: String, indent: Int = 0, style: Style = .text) {
    let room = width - indent
    guard room > 0 else { return }
    for line in TextWrap.lines(glyphs.text(text), width: room) {
      lines.append(StyledLine(line, style: style, indent: indent))
    }
  }

  /// `Label: value`, the value wrapped with a hanging indent under itself.
  public mutating func field(_ label: String, _ value: String, style: Style = .text) {
    hanging(label + ": ", value, style: style)
  }

  /// `lead` then `text`, wrapped so the continuation lines start under the text, e.g.
  /// `2024-03-25 PM Hun Manet's first visit...`. With no room for that, under the lead. With
  /// `link`, the text is that web address, and each of its lines links to it.
  public mutating func hanging(
    _ lead: String, _ text: String, indent: Int = 0, style: Style = .text, link: String? = nil
  ) {
    let hang = indent + DisplayWidth.of(lead)
    let room = width - hang
    guard room >= 12 else {
      paragraph(lead, indent: indent, style: style)
      let start = lines.count
      paragraph(text, indent: indent + 2, style: style)
      for index in start..<lines.count { lines[index].link = link }
      return
    }
    for (index, line) in TextWrap.lines(glyphs.text(text), width: room).enumerated() {
      let head = index == 0 ? glyphs.text(lead) : String(repeating: " ", count: DisplayWidth.of(lead))
      lines.append(StyledLine(head + line, style: style, indent: indent, link: link, linkColumn: DisplayWidth.of(head)))
    }
  }

  public mutating func append(_ line: StyledLine) { lines.append(line) }
}

/// Draws document lines from `offset`, as many as fit.
public struct Paragraph: Widget {
  public var lines: [StyledLine]
  public var offset: Int

  public init(lines: [StyledLine], offset: Int = 0) {
    self.lines = lines
    self.offset = offset
  }

  public func render(in area: Rect, into grid: inout CellGrid) {
    guard !area.isEmpty else { return }
    for row in 0..<area.height {
      let index = max(0, offset) + row
      guard index < lines.count else { break }
      let line = lines[index]
      grid.write(line.text, in: area, dx: line.indent, dy: row, style: line.style)
      if let address = line.link {
        let x = line.indent + line.linkColumn
        let shown = min(area.width - x, DisplayWidth.of(line.text) - line.linkColumn)
        if shown > 0 { grid.link(address, x: area.x + x, y: area.y + row, width: shown) }
      }
    }
  }
}
