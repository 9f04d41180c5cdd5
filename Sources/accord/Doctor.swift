import AccordCore
import AccordJournal
import AccordLocalization
import AccordText
import ArgumentParser
import Foundation

extension Accord {
  struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "doctor",
      abstract: "Check this account's setup: the journal, the terminal, the locale, colour, the config file.",
      discussion: """
        Says where the journal is and why (--journal, ACCORD_JOURNAL, the config file or the default), whether this account can read it and record there (the modes and owners of the journal, its -wal and -shm files and its directory, and this account's groups, then by opening it as history does), whether the terminal (TERM) is known to terminfo and its colours, whether the locale is UTF-8, NO_COLOR, and whether the config file loads; for each problem, what to change. Run it as the account that uses accord, e.g. over SSH.

        Exit status: 0 when all is well, 1 when a problem was found.
        """)

    @OptionGroup var plan: PlanOptions

    @Flag(name: .customLong("read-only"), help: "Check for a viewer: one that reads the journal and records nothing.")
    var readOnly = false

    func run() throws {
      let environment = ProcessEnvironment.variables
      let account = AccountIdentity.current()
      let writing = Messages.writing
      Console.out(
        Messages.fill(
          writing.localized("accord doctor: account %1$s (groups: %2$s)"), account.name,
          account.groupNames.joined(separator: ", ")))
      let findings =
        journalFindings(account: account, environment: environment) + [
          SessionCheck.terminal(environment), SessionCheck.locale(environment), SessionCheck.colour(environment),
          SessionCheck.config(),
        ]
      for finding in findings { Console.out(finding.lines(writing).joined(separator: "\n")) }
      let problems = findings.filter { $0.level == .problem }.count
      Console.out(
        problems == 0
          ? writing.localized("all is well")
          : writing.localized("%d problem found", plural: "%d problems found", count: problems))
      if problems > 0 { throw Failure(.failure, []) }
    }

    private var writing: Writing { Messages.writing }

    private func journalFindings(account: AccountIdentity, environment: [String: String]) -> [DoctorFinding] {
      let address: JournalAddress?
      switch plan.resolvedJournalAddress(access: .read) {
      case .success(let found): address = found
      case .failure(let error):
        let change =
          if case .malformedAddress = error {
            writing.localized("give a file or a postgresql:// address")
          } else {
            writing.localized("mend the config file")
          }
        return [.problem(.journal, SafeText.sanitized(error.message(in: writing)), change: change)]
      }
      guard let address else {
        return [
          .problem(
            .journal, writing.localized("no journal: no --journal, ACCORD_JOURNAL or HOME"),
            change: writing.localized("give --journal FILE or set ACCORD_JOURNAL"))
        ]
      }
      let origin = JournalOrigin.of(option: plan.journal, environment: environment)
      let named = DoctorFinding.ok(.journal, "\(SafeText.sanitized(address.description)) (\(origin))")
      guard case .file(let path) = address else { return [named, opening(address)] }
      let access = JournalAccessCheck(path: path, account: account, readOnly: readOnly).findings()
      let readable = !access.contains { $0.level == .problem } && address.mayHoldUpdates
      return [named] + access + (readable ? [opening(address)] : [])
    }

    /// The journal opened as `history` opens it (reading only): a file that is not a journal,
    /// one made by a newer accord or one of another plan is refused here as it would be there.
    private func opening(_ address: JournalAddress) -> DoctorFinding {
      let plan: Plan
      do throws(PlanLoadError) {
        if let file = self.plan.data { plan = try PlanLoader.load(path: file) } else { plan = try PlanLoader.bundled() }
      } catch {
        return .problem(
          .journal, error.description(in: writing), change: writing.localized("mend the plan file given with --data"))
      }
      do throws(JournalError) {
        let updates = try address.open(planIdentity: plan.identity, access: .read).updates(since: nil)
        return .ok(
          .journal,
          Messages.fill(
            Messages.writing.localized("opens: %1$s of %2$s"),
            Messages.writing.localized("%d update", plural: "%d updates", count: updates.count),
            Messages.plan(plan.info))
        )
      } catch {
        return .problem(
          .journal, error.message(in: writing),
          change: writing.localized("name this plan's journal (--journal, ACCORD_JOURNAL, journal: in the config file)")
        )
      }
    }
  }
}
