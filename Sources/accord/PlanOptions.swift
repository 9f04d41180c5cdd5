import AccordCore
import AccordRuntime
import ArgumentParser
import Foundation

/// The options every command shares: which plan, and which day it is.
struct PlanOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A plan file to open instead of the bundled plan.", valueName: "file"))
  var data: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The day to show the plan as of (YYYY-MM-DD); default: the system's date.", valueName: "date"),
    transform: PlanOptions.parseDay)
  var today: Day?

  @Option(name: .long, help: ArgumentHelp("The journal of updates (default: ACCORD_JOURNAL, config.yaml, then ~/.local/share/accord/journal.sqlite).", valueName: "file"))
  var journal: String?

  static func parseDay(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else {
      throw ValidationError("'\(text)' is not a day; expected YYYY-MM-DD, e.g. 2026-11-24")
    }
    return day
  }

  /// Today's date in the local time zone unless `--today` fixes it.
  var day: Day {
    // localtime(3), not Foundation's Calendar, which loads ICU's calendar data at start-up.
    today ?? WallClock.local(at: WallClock.milliseconds()).day
  }

  /// The plan, or its problems printed one a line to standard error and exit status 65.
  func loadPlan() throws -> Plan {
    try mergingJournal(into: loadPlanFile())
  }

  func loadPlanFile() throws -> Plan {
    do throws(PlanLoadError) {
      if let data { return try PlanLoader.load(path: data) }
      return try PlanLoader.bundled()
    } catch {
      throw Failure(.dataError, error.description)
    }
  }
}
