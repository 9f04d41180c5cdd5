import AccordCore
import AccordLocalization
import AccordReport
import Foundation

/// `b` in the dashboard: the html briefing for the day and the pillar and agency filters on
/// screen, in the screen's language, written to the current folder (an SSH session's is its
/// home) as `-o` writes a file, so an official browsing over SSH can hand it on. The bottom line
/// says where, or why not.
enum DashboardBriefing {
  static func write(_ view: PlanView, writing: Writing) -> String {
    let scope = BriefingScope(pillar: view.filters.commitments.pillar, agency: view.filters.commitments.agency)
    // The briefing's scope is its own: the view's facts before the `f` filters.
    let whole = view.filters.isEmpty ? view : view.seen(on: view.today, filters: PlanFilters())
    let briefing = Briefing(view: whole, since: nil, scope: scope)
    let path = FileManager.default.currentDirectoryPath + "/accord-briefing-\(view.today).html"
    do throws(OutputError) {
      try OutputFile.write(Array(HTMLReport.render(briefing, writing: writing).utf8), to: path)
      return Template.fill(writing.localized("briefing written to %s"), [path])
    } catch {
      return Template.fill(
        writing.localized("briefing not written: cannot write %1$s: %2$s"),
        [error.path, error.reason])
    }
  }
}
