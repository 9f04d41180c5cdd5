import AccordCore
import AccordJournal
import ArgumentParser

extension Accord {
  struct Confirm: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "confirm",
      abstract: "Confirm a reported update: a coordinator's new entry, naming who confirmed it.",
      discussion: """
        Records the update's report again as confirmed, correcting it, so its target's status counts as confirmed and history shows who reported and who confirmed. Only a coordinator may: on a PostgreSQL journal a member of accord_coordinator (the server refuses anyone else), on a journal file a member of the Unix group accord-coordinators (or the group ACCORD_COORDINATORS names).
        Exit status: 0 when confirmed, 65 when refused (no such update, already confirmed, not a coordinator), 74 when the journal cannot be written.
        """)

    @Argument(help: ArgumentHelp("The number of the reported update, as history shows it.", valueName: "n"))
    var number: Int

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      guard let address = try plan.journalAddress(access: .write) else {
        throw JournalFailure.report(PlanOptions.noJournal)
      }
      do throws(JournalError) {
        let journal = try address.open(planIdentity: loaded.identity, access: .read)
        guard let reported = try journal.updates(since: nil).first(where: { $0.id == number }) else {
          throw .refused(
            .said(Messages.fill(Messages.writing.localized("there is no update %1$s to confirm"), "\(number)")))
        }
        try PlanOptions.record(try reported.confirmation(), at: address, plan: loaded).report { recorded in
          Messages.fill(
            Messages.writing.localized("confirmed update %1$s: recorded update %2$s: %3$s"), "\(number)",
            "\(recorded.id ?? 0)", Recorded.summary(recorded))
        }
      } catch .missing {
        throw JournalFailure.report(
          .refused(
            .said(
              Messages.fill(
                Messages.writing.localized("there is no update %1$s to confirm: there is no journal at %2$s yet"),
                "\(number)", "\(address)"))))
      } catch {
        throw JournalFailure.report(error)
      }
    }
  }
}
