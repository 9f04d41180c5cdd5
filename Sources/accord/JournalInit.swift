import AccordCore
import AccordJournal
import AccordLocalization
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
        let done = try JournalAddress(parsing: address).initialize(planIdentity: loaded.identity, site: site)
        Console.out(SafeText.sanitized(Self.said(done, plan: Messages.plan(loaded.info))))
      } catch {
        throw JournalFailure.report(error)
      }
    }

    /// What init did, in the reader's language: `made: PATH: a journal of PLAN`, or for a
    /// server its schema version and the roles it made.
    static func said(_ done: JournalInitialization, plan: String) -> String {
      let writing = Messages.writing
      guard let version = done.schemaVersion.map(writing.number) else {
        return Messages.fill(
          done.outcome == .made
            ? writing.localized("made: %1$s: a journal of %2$s")
            : writing.localized("ok: %1$s: already a journal of %2$s"),
          done.address, plan)
      }
      let roles =
        Messages.fill(writing.localized("roles %1$s"), "accord_viewer, accord_editor, accord_coordinator")
        + (done.site.map { "; " + Messages.fill(writing.localized("site %1$s"), $0) } ?? "")
      switch done.outcome {
      case .made:
        return Messages.fill(
          writing.localized("made: %1$s: schema version %2$s for %3$s; %4$s"), done.address, version, plan,
          roles)
      case .existed:
        return Messages.fill(
          writing.localized("ok: %1$s: already at schema version %2$s; %3$s"), done.address, version, roles)
      case .migrated(let old):
        return Messages.fill(
          writing.localized("migrated: %1$s: schema version %2$s to %3$s; %4$s"), done.address, writing.number(old),
          version, roles)
      }
    }
  }
}
