import AccordCore
import AccordLocalization
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
        throw ValidationError(
          Messages.writing.localized("give the plan file either as an argument or with --data, not both"))
      }
    }

    static let warningLimit = 20

    func run() throws {
      var options = plan
      if let file { options.data = file }
      let files = options.planFiles
      guard files.count > 1 else {
        return summarise(
          try options.loadPlan(parsing: true), on: options.day, file: files.first ?? PlanLoader.bundledName,
          named: false)
      }
      try options.refuseJournal(forPlans: files.count)
      // Several files: each checked and its line named, the problems of every one at the end.
      var problems: [String] = []
      for file in files {
        var one = options
        one.data = file
        do {
          summarise(try one.loadPlanFile(parsing: true), on: one.day, file: file, named: true)
        } catch let failure as Failure {
          problems += failure.lines
        }
      }
      if !problems.isEmpty { throw Failure(.dataError, problems) }
    }

    /// The plan's line, named by its file when several are checked, and its warnings, in the
    /// reader's language.
    private func summarise(_ loaded: Plan, on day: Day, file: String, named: Bool) {
      let writing = Messages.writing
      let view = PlanView(plan: loaded, today: day)
      Console.out((named ? "\(file): " : "") + Self.summary(loaded, view, writing))
      // A plan that says a meeting is still planned after its date has gone stale: worth
      // saying, not worth failing.
      let stale = view.schedule.dueWithoutReport
      // A generated or long-neglected plan may have thousands: name a screenful, count the rest.
      for meeting in stale.prefix(Self.warningLimit) {
        let due = meeting.end.map { "\($0)" } ?? meeting.date.map { "\($0)" } ?? ""
        Console.error(
          Messages.fill(
            writing.localized(
              "warning: %1$s: meeting %2$s was due %3$s and has no report; record what happened or mark it 'not-reported'"
            ), file, SafeText.quoted(meeting.id), due))
      }
      if stale.count > Self.warningLimit {
        let more = stale.count - Self.warningLimit
        Console.error(
          Messages.fill(
            writing.catalog.localized(
              "warning: %1$s: %2$s more meeting was due and has no report",
              plural: "warning: %1$s: %2$s more meetings were due and have no report", count: more),
            file, writing.number(more)))
      }
      // A held meeting reported afterwards is normal; a planned one first heard of afterwards
      // was never planned as far as the sources go.
      for meeting in loaded.meetings where meeting.isPlannedAfterTheFact {
        let known = meeting.knownFrom.map { "\($0)" } ?? ""
        Console.error(
          Messages.fill(
            writing.localized(
              "warning: %1$s: meeting %2$s is 'planned' but its first source is dated %3$s, after the meeting itself; give its announcement ('announced') or the status its source shows"
            ), file, SafeText.quoted(meeting.id), known))
      }
    }

    /// `ok: 5 pillars, 29 sectors, ..., 3 meetings with no report on 2026-11-24`: the counts in
    /// the reader's digits, each in its plural form, the day as the reader writes it. (The
    /// warnings keep the plan file's own dates, which the reader looks for in it.)
    static func summary(_ plan: Plan, _ view: PlanView, _ writing: Writing) -> String {
      let counts = PlanSummary(plan)
      let unreported = view.facts.meetingsWithoutReport.count
      let parts = [
        writing.localized("%d pillar", plural: "%d pillars", count: counts.pillars),
        writing.localized("%d sector", plural: "%d sectors", count: counts.sectors),
        writing.localized("%d commitment", plural: "%d commitments", count: counts.commitments),
        writing.localized("%d meeting", plural: "%d meetings", count: counts.meetings),
        writing.localized("%d with evidence", plural: "%d with evidence", count: counts.withEvidence),
        writing.localized("%d overdue", plural: "%d overdue", count: view.facts.overdueCommitments),
        Messages.fill(
          writing.catalog.localized(
            "%1$s meeting with no report on %2$s", plural: "%1$s meetings with no report on %2$s", count: unreported),
          writing.number(unreported), writing.day(year: view.today.year, month: view.today.month, day: view.today.day)),
      ]
      return Messages.fill(writing.localized("ok: %s"), parts.joined(separator: ", "))
    }
  }
}
