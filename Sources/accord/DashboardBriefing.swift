import AccordCore
import AccordReport
import Foundation

/// `b` in the dashboard: the html briefing for the day and the pillar and agency filters on
/// screen, written to the current folder (an SSH session's is its home) as `-o` writes a file,
/// so an official browsing over SSH can hand it on. The bottom line says where, or why not.
enum DashboardBriefing {
  static func write(_ view: PlanView) -> String {
    let scope = BriefingScope(pillar: view.filters.commitments.pillar, agency: view.filters.commitments.agency)
    // The briefing's scope is its own: the view's facts before the `f` filters.
    let whole = view.filters.isEmpty ? view : view.seen(on: view.today, filters: PlanFilters())
    let briefing = Briefing(view: whole, since: nil, scope: scope)
    let path = FileManager.default.currentDirectoryPath + "/accord-briefing-\(view.today).html"
    do throws(OutputError) {
      try OutputFile.write(Array(HTMLReport.render(briefing).utf8), to: path)
      return "briefing written to \(path)"
    } catch {
      return "briefing not written: cannot write \(error.path): \(error.reason)"
    }
  }
}
