import AccordCore
import AccordLocalization
import Foundation

extension HTMLReport {
  /// Several plans' briefings as one page: the plans listed, then a section a plan, each that
  /// plan's own briefing with its headings a level down (as the Markdown of several plans).
  public static func render(plans briefings: [Briefing], writing: Writing = .english) -> String {
    guard let first = briefings.first else { return "" }
    let h = FormatText.html
    let words = BriefingWording(writing)
    let title = words.fill(
      writing.localized("Briefing of %1$s plans as of %2$s"), words.number(briefings.count), words.day(first.today))
    var body = ["<header><h1>\(title)</h1></header>", "<ul>"]
    body += briefings.map { "<li>\(h(words.title($0)))</li>" }
    body.append("</ul>")
    for briefing in briefings {
      let planTitle = words.fill(
        writing.localized("%1$s: briefing as of %2$s"), h(words.shortTitle(briefing)), words.day(briefing.today))
      body.append("<article class=\"plan\">")
      body += Self.body(briefing, title: planTitle, writing: writing).map(headingsOneLevelDown)
      body.append("</article>")
    }
    return page(
      title: title, body: body,
      footer: pageFooter(
        words.fill(writing.localized("Briefing of %1$s plans"), words.number(briefings.count)), today: first.today,
        words),
      writing: writing)
  }

  /// `<h1>` becomes `<h2>`, and so on down: the plan's title under the page's. Text from the
  /// data is escaped before it gets here, so every `<h` is accord's own.
  static func headingsOneLevelDown(_ html: String) -> String {
    (1...5).reversed().reduce(html) { text, level in
      text.replacingOccurrences(of: "<h\(level)", with: "<h\(level + 1)")
        .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
    }
  }
}
