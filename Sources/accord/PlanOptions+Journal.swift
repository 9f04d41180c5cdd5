import AccordCore
import AccordJournal
import AccordRuntime
import AccordText
import AccordUI
import ArgumentParser
import Foundation

extension PlanOptions {
  /// The journal's address by the rules of `JournalLocation`. A broken config.yaml stops only a
  /// command that writes (it could name the wrong journal); reading goes on without it, as a
  /// typo there must not stop `check` or `render`. A malformed address stops every command.
  func journalAddress(access: JournalAccess = .read) throws -> JournalAddress? {
    switch resolvedJournalAddress(access: access) {
    case .success(let address):
      return address
    case .failure(let error):
      throw JournalFailure.report(error)
    }
  }

  /// The same, with the error as a value: the dashboard shows it in its form.
  func resolvedJournalAddress(access: JournalAccess) -> Result<JournalAddress?, JournalError> {
    var config = UserConfig()
    if journal == nil, ProcessEnvironment.variables["ACCORD_JOURNAL"] == nil,
      let path = UserConfig.defaultPath()
    {
      do throws(PlanLoadError) { config = try UserConfig.load(path: path) } catch {
        if access == .write { return .failure(.unusable(error.description(in: Messages.writing))) }
      }
    }
    do throws(JournalError) {
      return .success(
        try JournalLocation.address(option: journal, environment: ProcessEnvironment.variables, config: config))
    } catch {
      return .failure(error)
    }
  }

  /// The plan with the journal's updates merged in as dated evidence; no journal, no change.
  func mergingJournal(into plan: Plan) throws -> Plan {
    plan.merging(try journalUpdates(for: plan))
  }

  /// Every update in the journal; none when there is no journal yet.
  func journalUpdates(for plan: Plan) throws -> [JournalUpdate] {
    try readJournal(for: plan, since: nil) ?? []
  }

  /// The journal's updates dated on or after `since`, each row that cannot be read named once
  /// on standard error and left out; nil when there is no journal yet.
  func readJournal(for plan: Plan, since: Day?) throws -> [JournalUpdate]? {
    try Self.readJournal(at: journalAddress(), for: plan, since: since)
  }

  /// Each plan with its own journal's updates merged in (`journalAddresses`): several plans'
  /// briefings state what each journal recorded, as one plan's does.
  func mergingJournals(into plans: [Plan]) throws -> [Plan] {
    try zip(plans, journalAddresses(forPlans: plans.count)).map { plan, address in
      plan.merging(try Self.readJournal(at: address, for: plan, since: nil) ?? [])
    }
  }

  /// The updates of the journal at `address`, as `readJournal(for:since:)`; nil when there is none.
  static func readJournal(at address: JournalAddress?, for plan: Plan, since: Day?) throws -> [JournalUpdate]? {
    // Reading never creates the journal.
    guard let address else { return nil }
    do throws(JournalError) {
      let reading = try address.open(planIdentity: plan.identity, access: .read).reading(since: since)
      for line in UnreadableUpdate.lines(reading.unreadable, path: address.description, in: Messages.writing) {
        Console.error("accord: warning: " + line)
      }
      return reading.updates
    } catch .missing {
      return nil
    } catch {
      throw JournalFailure.report(error)
    }
  }

  /// Each plan's journal for the dashboard, in the order of the plans. One plan: the journal by
  /// the usual rules (`journalAddress`). Several: `--journal` once after each `--data`, in the
  /// same order, else the journals beside the files in `plans:`; a plan without one has none, as
  /// a journal holds one plan's updates (the default journal is not shared among them).
  func journalAddresses(forPlans count: Int) throws -> [JournalAddress?] {
    guard count > 1 else { return [try journalAddress()] }
    let given: [String?]
    if journals.isEmpty {
      given = planEntries.map(\.journal)
    } else if journals.count == count {
      given = journals
    } else {
      let times = journals.count == 1 ? "once" : "\(journals.count) times"
      throw Failure.refused(
        "--journal was given \(times) for \(count) plans: give it once after each --data, in the same order, or give each plan its journal in config.yaml's plans: ({data: FILE, journal: ADDRESS})"
      )
    }
    return try given.map { text throws -> JournalAddress? in
      guard let text, !text.isEmpty else { return nil }
      do throws(JournalError) { return try JournalAddress(parsing: text) } catch { throw JournalFailure.report(error) }
    }
  }

  /// For the dashboard: the watch that reads a plan's journal, read-only, whether or not it
  /// exists yet. Its first look reads the whole journal off the screen's thread, so the first
  /// frame does not wait for it. A dashboard is not refused for its journal (a viewer would see
  /// nothing at all): it shows the problem and its watch keeps trying.
  static func dashboardJournal(at address: JournalAddress, showing view: PlanView) -> JournalWatch {
    let plan = view.planFile
    let outbox = Outbox.standard()
    let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal = { address throws(JournalError) in
      let journal = try address.open(planIdentity: plan.identity, access: .read)
      if let outbox { Self.send(outbox, to: address, plan: plan) }
      return journal
    }
    // Counted, not worded: the bottom line says it in the language shown when it is drawn.
    let waiting: @Sendable () -> Int = { outbox?.waitingCount(for: address) ?? 0 }
    return JournalWatch(address: address, view: view, open: open, waiting: waiting)
  }

  /// The server is reachable again: the updates waiting for it are sent, by a writer's
  /// connection of their own (the watch reads them back like any other update). What cannot be
  /// sent now waits for the next time, and is said on the bottom line meanwhile.
  private static func send(_ outbox: Outbox, to address: JournalAddress, plan: Plan) {
    guard case .server = address, outbox.waitingCount(for: address) > 0,
      let writer = try? address.open(
        planIdentity: plan.identity, access: .write, corrections: CorrectionScope(plan: plan))
    else { return }
    _ = try? outbox.send(to: writer, at: address, planIdentity: plan.identity)
  }
}

/// A journal that cannot be used, or refuses an update: its message on standard error,
/// sanitised, and exit 74, or 65 for a refusal (a data error, as a refused field is), or 64 for
/// an address that is not one (a usage error).
enum JournalFailure {
  static func report(_ error: JournalError) -> ExitCode {
    Console.error("accord: " + SafeText.sanitized(error.message(in: Messages.writing)))
    if case .malformedAddress = error { return ExitCode(64) }
    return ExitCode(error.kind == .refusal ? 65 : 74)
  }
}
