import AccordCore
import AccordLocalization
import AccordText
import AccordUI
import ArgumentParser
import Foundation

extension Accord {
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Record what happened to a commitment, a milestone or a meeting in the journal.",
      discussion: """
        The author (your account and its full name) and the time (UTC) are recorded with it.
        An update is never changed: to fix one, record a new one with --corrects N.
        On a PostgreSQL journal whose server cannot be reached, the update is kept in the outbox
        (outbox.sqlite beside config.yaml) and sent, once, by the next update or dashboard that
        reaches the server; it says so and exits 0.
        Exit status: 0 when recorded (or kept to be sent), 65 when the update is refused (a bad field, a date after
        today by the system's clock or outside the plan's years, a correction of an update that
        is not there or is about another target; nothing is written), 74 when the journal
        cannot be written.
        """)

    @Argument(
      help: ArgumentHelp("A commitment (16.3), milestone (8.4a) or meeting id.", valueName: "id"),
      completion: ShellCompletion.ids)
    var id: String

    @Option(
      help:
        "The new status: a commitment status (done, in-progress, continuous, not-started, unknown) or, for a meeting, held, postponed, cancelled or planned.",
      completion: ShellCompletion.statuses)
    var status: String

    @Option(help: ArgumentHelp("When it happened: YYYY, YYYY-MM or YYYY-MM-DD (default: today).", valueName: "date"))
    var date: String?

    @Option(help: "What happened, in any script.")
    var note: String = ""

    @Option(help: "Where it is reported; required for every status but unknown.")
    var source: String = ""

    @Option(help: "The source's address.")
    var url: String?

    @Option(help: "confirmed or reported.")
    var confidence: String = "confirmed"

    @Option(help: ArgumentHelp("The number of the update this one corrects.", valueName: "n"))
    var corrects: Int?

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      let update = try validated(against: loaded)
      guard let address = try plan.journalAddress(access: .write) else {
        throw JournalFailure.report(PlanOptions.noJournal)
      }
      do throws(JournalError) {
        try PlanOptions.record(update, at: address, plan: loaded).report { recorded in
          Messages.fill(
            Messages.writing.localized("recorded update %1$s: %2$s %3$s on %4$s"), "\(recorded.id ?? 0)",
            SafeText.sanitized(recorded.targetID), "\(recorded.status)", Messages.writing.date(recorded.date))
        }
      } catch {
        throw JournalFailure.report(error)
      }
    }

    /// The update, or every problem with it printed and exit 65.
    private func validated(against plan: Plan) throws -> JournalUpdate {
      let entry = JournalEntry(
        targetID: id, status: status, date: date, note: note, source: source, url: url, confidence: confidence,
        corrects: corrects)
      switch entry.checked(in: plan, today: self.plan.day) {
      case .success(let update):
        return update
      case .failure(let problems):
        throw Failure(
          .dataError, problems.list.map { "accord update: " + SafeText.sanitized($0.message(in: Messages.writing)) })
      }
    }
  }
}
