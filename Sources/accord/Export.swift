import AccordCore
import AccordUI
import ArgumentParser
import Foundation

extension Accord {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the plan file with the journal's updates merged in as evidence.",
      discussion: """
        Each update becomes an evidence item of its commitment or milestone, with recorded_by and
        recorded_at; a corrected update is left out. `accord check` accepts the result.
        """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      let updates: [JournalUpdate]
      if let journal = try plan.openJournal(for: loaded, access: .read) {
        do throws(JournalError) { updates = try journal.updates(since: nil) } catch {
          throw JournalFailure.report(error)
        }
      } else {
        updates = []
      }
      let text: String
      do throws(PlanLoadError) {
        var source = PlanLoader.bundledText
        if let data = plan.data { source = String(decoding: try PlanLoader.read(data), as: UTF8.self) }
        text = try PlanExport.yaml(planText: source, file: plan.data ?? PlanLoader.bundledName, updates: updates)
      } catch {
        FileHandle.standardError.write(Data((SafeText.sanitized(error.description) + "\n").utf8))
        throw ExitCode(65)
      }
      guard let output else { return print(text, terminator: "") }
      do {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
      } catch {
        FileHandle.standardError.write(Data("accord export: cannot write \(SafeText.sanitized(output)): \(error.localizedDescription)\n".utf8))
        throw ExitCode(73)
      }
    }
  }
}
