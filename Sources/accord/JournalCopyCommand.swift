import AccordCore
import AccordJournal
import AccordLocalization
import ArgumentParser

extension Accord {
  struct JournalCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "copy",
      abstract: "Copy every update of the journal at FROM into the journal at TO (a file or a postgresql:// server).",
      discussion: """
        Each update keeps its number, author, time and corrections. What TO already holds is not copied again, so running it twice copies nothing the second time; TO must hold FROM's first updates and no others (journals that have each recorded their own are refused, nothing written). Into a server, run it as the journal's owner: the server refuses anyone else a copied author or time.
        Exit status: 0 when copied (or nothing was missing), 64 for an address that is not one, 65 when the journals have parted, 74 when either cannot be used.
        """)

    @Argument(help: ArgumentHelp("The journal to copy from.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The journal to copy into.", valueName: "to"))
    var to: String

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      do throws(JournalError) {
        let source = try JournalAddress(parsing: from)
        let target = try JournalAddress(parsing: to)
        let (copied, present) = try source.copy(to: target, planIdentity: loaded.identity)
        Console.out(
          SafeText.sanitized(
            Messages.fill(
              Messages.writing.localized("copied %1$s from %2$s to %3$s (%4$s already there)"),
              Messages.writing.localized("%d update", plural: "%d updates", count: copied), "\(source)", "\(target)",
              Messages.writing.number(present))))
      } catch {
        throw JournalFailure.report(error)
      }
    }
  }
}
