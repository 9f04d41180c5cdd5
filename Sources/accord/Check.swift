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

    @Argument(help: ArgumentHelp("The plan file to check (default: the bundled plan).", valueName: "file"))
    var file: String?

    func run() throws {
      let options = try PlanOptions.parse(file.map { ["--data", $0] } ?? [])
      let plan = try options.loadPlan()
      print(PlanSummary(plan).line)
    }
  }
}
