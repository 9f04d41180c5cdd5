import AccordCore
import AccordJournal
import AccordRuntime
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

  /// For the dashboard: the watch that reads the journal, read-only, whether or not it exists
  /// yet. Its first look reads the whole journal off the screen's thread, so the first frame
  /// does not wait for it. A dashboard is not refused for its journal (a viewer would see
  /// nothing at all): it shows the problem and its watch keeps trying. `exists`: whether there
  /// is a journal to read now, so the dashboard says it is reading it.
  func dashboardJournal(showing view: PlanView) throws -> (watch: JournalWatch?, exists: Bool) {
    guard let path = try journalPath() else { return (nil, false) }
    let identity = view.planFile.identity
    let open: @Sendable (String) throws(JournalError) -> any Journal = { path throws(JournalError) in
      try SQLiteJournal(path: path, planIdentity: identity, access: .read)
    }
    return (JournalWatch(path: path, view: view, open: open), FileManager.default.fileExists(atPath: path))
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
