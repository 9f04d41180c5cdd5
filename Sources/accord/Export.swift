import AccordCore
import ArgumentParser

extension Accord {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the plan file with the journal's updates merged in as evidence.",
      discussion: """
        Each update becomes an evidence item of its commitment, milestone or meeting, with its status, the account that recorded it (recorded_by, recorded_by_name), when (recorded_at, UTC) and its number in the journal (journal_update); a corrected update is left out, its correction stands for it. accord check accepts the result and loads it to the same plan. Everything recorded is written, whatever --today says; comments and the layout of the original file are not kept.
        """)

    @OptionGroup var plan: PlanOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
      let merged = try plan.loadPlan()
      let text: String
      do throws(YAMLEmitterError) { text = try PlanYAML.text(merged) } catch {
        throw Failure(.software, "accord export: " + error.description)
      }
      try output.write(text)
    }
  }
}
