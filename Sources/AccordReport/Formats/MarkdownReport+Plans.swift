import AccordCore
import AccordLocalization

extension MarkdownReport {
  /// Several plans' briefings as one: the plans listed, then a section a plan, each that plan's
  /// own briefing with its headings a level down.
  public static func render(plans briefings: [Briefing], writing: Writing = .english) -> String {
    guard let first = briefings.first else { return "" }
    let md = FormatText.markdown
    let words = BriefingWording(writing)
    var out = [
      "# "
        + words.fill(
          writing.localized("Briefing of %1$s plans as of %2$s"), words.number(briefings.count), words.day(first.today)),
      "",
    ]
    out += list(briefings.map { md(words.title($0)) }, empty: "")
    for briefing in briefings {
      out.append("")
      out += render(briefing, writing: writing).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map
      {
        $0.hasPrefix("#") ? "#" + $0 : String($0)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
