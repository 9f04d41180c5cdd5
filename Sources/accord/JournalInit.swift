import AccordCore
import AccordJournal
import ArgumentParser

extension Accord {
  struct JournalInit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Make the journal at ADDRESS (a file, or a postgresql:// server database) for the plan.",
      discussion: """
        On a PostgreSQL server, makes the journal's tables and the roles accord_viewer (reads), accord_editor (also records) and accord_coordinator (also confirms), which the server enforces for every client, psql included; run it as the database's owner, then GRANT one of the roles to each login. Run again, it brings an older schema up to date and changes nothing else; a journal made by a newer accord is refused. The password comes from ~/.pgpass or PGPASSFILE, never the command line.
        Exit status: 0 when made or already there, 64 for an address that is not one, 74 when the journal cannot be made.
        """)

    @Argument(
      help: ArgumentHelp("The journal's file, or postgresql://[user@]host[:port]/database.", valueName: "address"))
    var address: String

    @Option(
      help: ArgumentHelp(
        "Make it this site's journal, replicated with the other's (README, \"Two sites\"): lao or kh.",
        valueName: "site"))
    var site: String?

    @OptionGroup var plan: PlanOptions

    func validate() throws {
      if let site, !["lao", "kh"].contains(site) {
        throw ValidationError(
          Messages.fill(Messages.writing.localized("--site is lao or kh, not '%1$s'"), SafeText.sanitized(site)))
      }
    }

    func run() throws {
      let loaded = try plan.loadPlanFile()
      do throws(JournalError) {
        Console.out(
          SafeText.sanitized(try JournalAddress(parsing: address).initialize(planIdentity: loaded.identity, site: site))
        )
      } catch {
        throw JournalFailure.report(error)
      }
    }
  }
}
