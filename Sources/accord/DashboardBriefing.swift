import AccordCore
import AccordReport
import Foundation

/// `b` in the dashboard: the html briefing for the day and the pillar and agency filters on
/// screen, written to the current folder (an SSH session's is its home) as `-o` writes a file,
/// so an official browsing over SSH can hand it on. The bottom line says where, or why not.
enum DashboardBriefing {
  static func write(_ view: PlanView) -> String {
    let scope = BriefingScope(pillar: view.filters.commitments.pillar, agency: view.filters.commitments.agency)
    let briefing = Briefing(plan: view.source, today: view.today, since: nil, scope: scope)
    let path = FileManager.default.currentDirectoryPath + "/accord-briefing-\(view.today).html"
    do throws(OutputError) {
      try OutputFile.write(Array(HTMLReport.render(briefing).utf8), to: path)
      return "briefing written to \(path)"
    } catch {
      return "briefing not written: cannot write \(error.path): \(error.reason)"
    }
  }
}
