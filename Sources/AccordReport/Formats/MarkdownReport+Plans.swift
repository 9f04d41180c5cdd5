import AccordCore

extension MarkdownReport {
  /// Several plans' briefings as one: the plans listed, then a section a plan, each that plan's
  /// own briefing with its headings a level down.
  public static func render(plans briefings: [Briefing]) -> String {
    guard let first = briefings.first else { return "" }
    let md = FormatText.markdown
    var out = ["# Briefing of \(briefings.count) plans as of \(first.today)", ""]
    out += list(briefings.map { md($0.title) }, empty: "")
    for briefing in briefings {
      out.append("")
      out += render(briefing).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
        $0.hasPrefix("#") ? "#" + $0 : String($0)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
