import AccordCore
import AccordLocalization
import AccordRuntime
import AccordText
import ArgumentParser
import Foundation

/// The options every command shares: which plan, and which day it is.
struct PlanOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "A plan file to open instead of the bundled plan; given more than once, the dashboard, render, check and calendar open several.",
      valueName: "file"))
  var dataFiles: [String] = []

  /// The plan file of a command that reads one plan: the first `--data`.
  var data: String? {
    get { dataFiles.first }
    set { dataFiles = newValue.map { [$0] } ?? [] }
  }

  @Option(
    name: .long,
    help: ArgumentHelp("The day to show the plan as of (YYYY-MM-DD); default: the system's date.", valueName: "date"),
    transform: PlanOptions.parseDay)
  var today: Day?

  @Option(
    name: .customLong("journal"),
    help: ArgumentHelp(
      "The journal of updates (default: ACCORD_JOURNAL, config.yaml, then ~/.local/share/accord/journal.sqlite); with several --data, the dashboard takes one after each, in the same order.",
      valueName: "file"))
  var journals: [String] = []

  /// The journal of a command that reads one plan: the first `--journal`.
  var journal: String? {
    get { journals.first }
    set { journals = newValue.map { [$0] } ?? [] }
  }

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The interface's language: en, lo (Lao) or km (Khmer) (default: ACCORD_LANG, language: in config.yaml, then the locale).",
      valueName: "code"))
  var lang: String?

  static func parseDay(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else {
      throw ValidationError(
        Messages.fill(
          Messages.writing.localized("'%1$s' is not a day; expected YYYY-MM-DD, e.g. %2$s"), text, "2026-11-24"))
    }
    return day
  }

  /// Today's date in the local time zone unless `--today` fixes it.
  var day: Day {
    // localtime(3), not Foundation's Calendar, which loads ICU's calendar data at start-up.
    today ?? WallClock.local(at: WallClock.milliseconds()).day
  }

  /// The plan, or its problems printed one a line to standard error and exit status 65.
  func loadPlan(parsing: Bool = false) throws -> Plan {
    try mergingJournal(into: loadPlanFile(parsing: parsing))
  }

  /// The plan files to open: every `--data`, else `plans:` in the settings file, else none
  /// (the bundled plan). A settings file that cannot be read names none, as for the journal:
  /// a typo there must not stop `render`; `doctor` and the theme say what is wrong with it.
  var planFiles: [String] { planEntries.map(\.data) }

  /// The plan files to open with the journals given beside them in `plans:` (none with `--data`).
  var planEntries: [UserConfig.PlanEntry] {
    guard dataFiles.isEmpty, let path = UserConfig.defaultPath() else {
      return dataFiles.map { UserConfig.PlanEntry(data: $0) }
    }
    do throws(PlanLoadError) { return try UserConfig.load(path: path).plans } catch { return [] }
  }

  /// The plan file of a command that reads one plan: several are refused, not one of them
  /// silently taken.
  func loadPlanFile(parsing: Bool = false) throws -> Plan {
    let files = planFiles
    guard files.count <= 1 else {
      let writing = Messages.writing
      let given =
        dataFiles.isEmpty
        ? writing.localized(
          "config.yaml names %d plans (plans:); give --data FILE",
          plural: "config.yaml names %d plans (plans:); give --data FILE", count: files.count)
        : writing.localized("--data was given %d times", plural: "--data was given %d times", count: files.count)
      throw Failure.refused(
        Messages.fill(
          writing.localized("%s; the dashboard, `render`, `check` and `calendar` open several plans"), given))
    }
    return try loadOne(files.first, parsing: parsing)
  }

  /// Every plan file (`planFiles`), in order, or the bundled plan; the problems of all of them
  /// at once when any has some.
  func loadPlanFiles() throws -> [Plan] {
    let files = planFiles
    guard !files.isEmpty else { return [try loadOne(nil, parsing: false)] }
    var plans: [Plan] = []
    var problems: [String] = []
    for file in files {
      do { plans.append(try loadOne(file, parsing: false)) } catch let failure as Failure { problems += failure.lines }
    }
    guard problems.isEmpty else { throw Failure(.dataError, problems) }
    return plans
  }

  /// Several plans read no journal yet: a journal holds one plan's updates, and which journal
  /// goes with which plan is not yet said anywhere. Asking for one with several is refused.
  func journalUpdates(for plans: [Plan]) throws -> [JournalUpdate] {
    try refuseJournal(forPlans: plans.count)
    return plans.count == 1 ? try journalUpdates(for: plans[0]) : []
  }

  func refuseJournal(forPlans count: Int) throws {
    if count > 1 && journal != nil {
      throw Failure.refused(
        Messages.writing.localized("--journal holds one plan's updates; with several --data no journal is read"))
    }
  }

  /// One plan file, or the bundled plan; `parsing`: from its YAML, as `check` reads it, else from
  /// its archive (compiled in for the bundled plan, in the user's `PlanCache` for a file).
  private func loadOne(_ file: String?, parsing: Bool) throws -> Plan {
    do throws(PlanLoadError) {
      switch (file, parsing) {
      case (let file?, true): return try PlanLoader.load(path: file)
      case (let file?, false):
        return try PlanLoader.load(path: file, cache: PlanCache.user(version: AccordVersion.number))
      case (nil, true): return try PlanLoader.parsedBundled()
      case (nil, false): return try PlanLoader.bundled()
      }
    } catch {
      throw Failure(.dataError, error.description(in: Messages.writing))
    }
  }
}
