import AccordCore
import ArgumentParser

extension Accord {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Load and validate a plan file, then print a one-line summary.",
      discussion: """
        Every problem is printed as FILE:LINE:COLUMN: message, all of them at once.
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

    func run() throws {
      var options = plan
      options.data = file ?? plan.data
      let loaded = try options.loadPlan()
      let overdue = ProgressSummary(plan: loaded, on: options.day).overdue.count
      Console.out(PlanSummary(loaded).line + ", \(overdue) overdue on \(options.day)")
    }
  }
}
