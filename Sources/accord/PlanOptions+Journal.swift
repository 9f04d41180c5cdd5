import AccordCore
import AccordJournal
import AccordTerminal
import AccordUI
import ArgumentParser
import Foundation

extension PlanOptions {
  /// The journal's path by the rules of `JournalLocation`. A broken config.yaml stops only a
  /// command that writes (it could name the wrong journal); reading goes on without it, as a
  /// typo there must not stop `check` or `render`.
  func journalPath(access: SQLiteJournal.Access = .read) throws -> String? {
    switch resolvedJournalPath(access: access) {
    case .success(let path):
      return path
    case .failure(let error):
      Console.error(error.description)
      throw ExitCode(65)
    }
  }

  /// The same, with the settings file's error as a value: the dashboard shows it in its form.
  func resolvedJournalPath(access: SQLiteJournal.Access) -> Result<String?, JournalError> {
    var config = UserConfig()
    if journal == nil, ProcessEnvironment.variables["ACCORD_JOURNAL"] == nil,
      let path = UserConfig.defaultPath()
    {
      do throws(PlanLoadError) { config = try UserConfig.load(path: path) } catch {
        if access == .write { return .failure(JournalError(error.description)) }
      }
    }
    return .success(JournalLocation.path(option: journal, environment: ProcessEnvironment.variables, config: config))
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
    // Reading never creates the journal.
    guard let path = try journalPath() else { return nil }
    do throws(JournalError) {
      guard try SQLiteJournal.exists(at: path) else { return nil }
      let journal = try SQLiteJournal(path: path, planIdentity: plan.identity, access: .read)
      let reading = try journal.reading(since: since)
      for line in UnreadableNotice.lines(reading.unreadable, path: path) { Console.error("accord: warning: " + line) }
      return reading.updates
    } catch {
      throw JournalFailure.report(error)
    }
  }

  /// For the dashboard, with the journal's path found once: the updates it shows first, or why
  /// they cannot be read now, and the watch that reads the journal from then on, read-only,
  /// whether or not it exists yet. A dashboard is not refused for its journal (a viewer would
  /// see nothing at all): it shows the problem and its watch keeps trying.
  func dashboardJournal(for plan: Plan) throws -> (updates: [JournalUpdate], problem: String?, watch: JournalWatch?) {
    guard let path = try journalPath() else { return ([], nil, nil) }
    let identity = plan.identity
    let open: @Sendable (String) throws(JournalError) -> any Journal = { path throws(JournalError) in
      try SQLiteJournal(path: path, planIdentity: identity, access: .read)
    }
    var updates: [JournalUpdate] = []
    var problem: String?
    do throws(JournalError) {
      if try SQLiteJournal.exists(at: path) {
        let reading = try open(path).reading(since: nil)
        updates = reading.updates
        problem = UnreadableNotice.summary(reading.unreadable, path: path).map { JournalWatch.notice($0, path: path) }
      }
    } catch {
      problem = JournalWatch.notice(error.description, path: path)
    }
    return (updates, problem, JournalWatch(path: path, updates: updates, open: open))
  }
}

/// A journal that cannot be used, or refuses an update: its message on standard error,
/// sanitised, and exit 74, or 65 for a refusal (a data error, as a refused field is).
enum JournalFailure {
  static func report(_ error: JournalError) -> ExitCode {
    Console.error("accord: " + SafeText.sanitized(error.description))
    return ExitCode(error.kind == .refusal ? 65 : 74)
  }
}

/// The journal's rows that cannot be read, said once: a line each, up to a screenful.
enum UnreadableNotice {
  static let limit = 20

  static func lines(_ unreadable: [UnreadableUpdate], path: String) -> [String] {
    let named = unreadable.prefix(limit).map { "\(path): \($0)" }
    let more = unreadable.count > limit ? ["\(path): \(unreadable.count - limit) more updates cannot be read"] : []
    return named + more
  }

  /// One line for the dashboard's bottom line; nil when every row was read.
  static func summary(_ unreadable: [UnreadableUpdate], path: String) -> String? {
    guard let first = unreadable.first else { return nil }
    let number = first.number.map { "#\($0)" } ?? "without a number"
    let rows = unreadable.count == 1 ? "row \(number)" : "\(unreadable.count) rows, first \(number)"
    return "\(path): left out unreadable \(rows) (\(first.problem))"
  }
}
