import AccordCore
import AccordLocalization
import Foundation
import GettextFormat
import Testing

@testable import AccordReport

/// The briefing's own words all come from the catalog: rendered with a pseudo-translation that
/// marks every message of po/accord.pot as `⟦message⟧`, every heading, table heading and
/// sentence of accord's is marked, so a text written into a renderer as a literal shows up.
@Suite struct ReportWordsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every message of the template, translated as itself between ⟦ ⟧ (the month names too).
  static func pseudo() throws -> Writing {
    let text = try String(contentsOf: root.appendingPathComponent("po/accord.pot"), encoding: .utf8)
    let template = try PoFile(parsing: text, file: "accord.pot")
    let marked = template.entries.map { entry in
      var entry = entry
      entry.translations = [entry.id, entry.pluralID ?? entry.id].map { "⟦\($0)⟧" }
      entry.fuzzy = false
      return entry
    }
    let file = PoFile(header: ["Plural-Forms": "nplurals=2; plural=(n != 1);"], entries: marked)
    return Writing(catalog: try Catalog(language: .lao, file: file))
  }

  static let briefing: Briefing = {
    let plan = try! PlanLoader.bundled()
    return Briefing(plan: plan, today: Day(year: 2026, month: 11, day: 24), since: Day(year: 2025, month: 11, day: 1))
  }()

  @Test func everyHeadingAndSentenceOfTheMarkdownIsTheCatalogs() throws {
    let lines = MarkdownReport.render(Self.briefing, writing: try Self.pseudo()).split(
      separator: "\n", omittingEmptySubsequences: false)
    var checked = 0
    // The plan's title is data, in the language of the pseudo catalog (Lao).
    let title = FormatText.markdown(Self.briefing.otherTitles["lo"] ?? Self.briefing.title)
    for (index, line) in lines.enumerated() where !line.isEmpty && line != title {
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      if line.hasPrefix("#") {
        #expect(line.drop { $0 == "#" || $0 == " " }.hasPrefix("⟦"), "heading not from the catalog: \(line)")
      } else if line.hasPrefix("|") && next.hasPrefix("|-") {
        for cell in line.split(separator: "|") {
          #expect(cell.trimmingCharacters(in: .whitespaces).hasPrefix("⟦"), "column not from the catalog: \(line)")
        }
      } else if line.hasPrefix("- ") {
        #expect(line.contains("⟦"), "a list item with none of the catalog's words: \(line)")
      } else if !line.hasPrefix("|") && !(line.first?.isNumber ?? false) {
        #expect(line.hasPrefix("⟦"), "sentence not from the catalog: \(line)")
      }
      checked += 1
    }
    #expect(checked > 100)
  }

  @Test func everyHeadingAndSentenceOfTheHTMLIsTheCatalogs() throws {
    let html = HTMLReport.render(Self.briefing, writing: try Self.pseudo())
    #expect(html.contains("<html lang=\"lo\">"))
    let elements = try Regex(#"<(h1|h2|h3|th|p|figcaption)>(.*?)</\1>"#)
    var checked = 0
    for match in html.matches(of: elements) {
      let text = String(match.output[2].substring ?? "")
      let content = text.hasPrefix("<strong>") ? String(text.split(separator: "<br>").dropFirst().joined()) : text
      #expect(content.hasPrefix("⟦"), "not from the catalog: \(match.output[0].substring ?? "")")
      checked += 1
    }
    #expect(checked > 50)
    for item in html.matches(of: try Regex(#"<li>(.*?)</li>"#)) {
      #expect(
        (item.output[1].substring ?? "").contains("⟦"),
        "a list item with none of the catalog's words: \(item.output[0].substring ?? "")")
    }
    // The timeline's own words: its legend, its lane of undated meetings, its today.
    for opening in ["<p class=\"legend\">", "y=\"168\">", "y=\"17\" text-anchor=\"middle\">"] {
      let after = html.components(separatedBy: opening).dropFirst()
      #expect(!after.isEmpty && after.allSatisfy { $0.hasPrefix("⟦") }, "not from the catalog after \(opening)")
    }
  }

  /// CSS writes the page numbers; a translation may put them in either order.
  @Test func thePageCounterFollowsTheTranslationsOrder() {
    #expect(HTMLReport.pageCounter("page %1$s of %2$s") == #""page " counter(page) " of " counter(pages)"#)
    #expect(HTMLReport.pageCounter("%2$s: %1$s") == #"counter(pages) ": " counter(page)"#)
  }

  /// English pages keep the print CSS they had; Lao and Khmer get fonts that have the script.
  @Test func laoAndKhmerPagesNameFontsWithTheirScript() {
    #expect(HTMLReport.scriptFonts(.english) == "")
    #expect(HTMLReport.scriptFonts(.lao).contains("\"Noto Sans Lao\", \"Phetsarath OT\""))
    #expect(HTMLReport.scriptFonts(.khmer).contains("\"Noto Sans Khmer\", \"Khmer OS System\""))
  }
}
