import AccordCore
import AccordUI
import ArgumentParser
import Foundation

extension Accord {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",  // named, not derived by reflection at every start
      abstract: "Load and validate a plan file, then print a one-line summary.",
      discussion: """
        Every problem is printed as FILE:LINE:COLUMN: message, all of them at once. With --data given more than once (or plans: in config.yaml), each file is checked and its line starts with its name.
        Exit status: 0 when the plan is valid, 65 when the file has errors.
        """)

    @Argument(help: ArgumentHelp("The plan file to check (default: the bundled plan, or --data).", valueName: "file"))
    var file: String?

    @OptionGroup var plan: PlanOptions

    func validate() throws {
      if file != nil && plan.data != nil {
        throw ValidationError("give the plan file either as an argument or with --data, not both")
      }
    }

    static let warningLimit = 20

    func run() throws {
      var options = plan
      if let file { options.data = file }
      let files = options.planFiles
      guard files.count > 1 else {
        return summarise(
          try options.loadPlan(), on: options.day, file: files.first ?? PlanLoader.bundledName, named: false)
      }
      try options.refuseJournal(forPlans: files.count)
      // Several files: each checked and its line named, the problems of every one at the end.
      var problems: [String] = []
      for file in files {
        var one = options
        one.data = file
        do { summarise(try one.loadPlanFile(), on: one.day, file: file, named: true) } catch let failure as Failure {
          problems += failure.lines
        }
      }
      if !problems.isEmpty { throw Failure(.dataError, problems) }
    }

    /// The plan's line, named by its file when several are checked, and its warnings.
    private func summarise(_ loaded: Plan, on day: Day, file: String, named: Bool) {
      let view = PlanView(plan: loaded, today: day)
      let facts = view.facts
      let unreported = facts.meetingsWithoutReport.count
      Console.out(
        (named ? "\(file): " : "") + PlanSummary(loaded).line
          + ", \(facts.overdueCommitments) overdue, \(unreported) meeting\(unreported == 1 ? "" : "s") with no report on \(day)"
      )
      // A plan that says a meeting is still planned after its date has gone stale: worth
      // saying, not worth failing.
      let stale = view.schedule.dueWithoutReport
      // A generated or long-neglected plan may have thousands: name a screenful, count the rest.
      for meeting in stale.prefix(Self.warningLimit) {
        let due = meeting.end.map { "\($0)" } ?? meeting.date.map { "\($0)" } ?? ""
        Console.error(
          "warning: \(file): meeting \(SafeText.quoted(meeting.id)) was due \(due) and has no report; record what happened or mark it 'not-reported'"
        )
      }
      if stale.count > Self.warningLimit {
        Console.error("warning: \(file): \(stale.count - Self.warningLimit) more meetings were due and have no report")
      }
      // A held meeting reported afterwards is normal; a planned one first heard of afterwards
      // was never planned as far as the sources go.
      for meeting in loaded.meetings where meeting.isPlannedAfterTheFact {
        let known = meeting.knownFrom.map { "\($0)" } ?? ""
        Console.error(
          "warning: \(file): meeting \(SafeText.quoted(meeting.id)) is 'planned' but its first source is dated \(known), after the meeting itself; give its announcement ('announced') or the status its source shows"
        )
      }
    }
  }
}
