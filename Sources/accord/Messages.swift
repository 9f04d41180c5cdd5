import AccordCore
import AccordLocalization
import AccordText

/// The language of the command line's own messages: errors, refusals, `check`'s summary and
/// warnings, notices. `Accord.execute` resolves it once from the parsed command, before the
/// command runs, so every line a command writes or throws speaks one language; a message
/// reads it as `Messages.writing.localized("...")`. Reports and calendars resolve their own,
/// as a file is read elsewhere than the terminal that wrote it.
enum Messages {
  // Written once on the main thread before the command runs; accord runs one command a process.
  nonisolated(unsafe) static var writing = Writing.english

  /// A message of the catalog with its values: `fill(writing.localized("no pillar '%1$s'"), id)`.
  static func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }

  /// A plan as its journal's identity names it (`JournalLocation.identity`: short title and
  /// signing day), in the reader's language.
  static func plan(_ info: PlanInfo) -> String {
    fill(writing.localized("%1$s, signed %2$s"), info.shortTitle(in: writing), writing.day(info.signed))
  }

  /// "1 update waiting to be sent", for the dashboard's bottom line and the commands; nil for none.
  static func waitingLine(_ count: Int) -> String? { JournalNotice.waitingLine(count, in: writing) }

  /// The language the command asked for (`--lang`, given where it takes the plan's options, else
  /// `ACCORD_LANG`, `language:` or the locale); English when standard error's locale is not
  /// UTF-8, where Lao and Khmer would be rows of `?`.
  static func resolve(lang: String?) throws -> Writing {
    try PlanOptions.writing(lang: lang, unicode: localeIsUTF8(ProcessEnvironment.variables))
  }

  /// The language `--lang` (else the environment and config) asks for, read from the arguments
  /// before they are parsed; English where it names none accord speaks, which the parse refuses.
  static func early(_ arguments: [String]) -> Writing {
    let given = Array(zip(arguments, arguments.dropFirst())).last { $0.0 == "--lang" }?.1
    let joined = arguments.last { $0.hasPrefix("--lang=") }.map { String($0.dropFirst("--lang=".count)) }
    let unicode = localeIsUTF8(ProcessEnvironment.variables)
    return (try? PlanOptions.writing(lang: joined ?? given, unicode: unicode)) ?? .english
  }

  /// Whether the locale's character set is UTF-8, as POSIX chooses LC_CTYPE: the first set
  /// of LC_ALL, LC_CTYPE, LANG.
  static func localeIsUTF8(_ environment: [String: String]) -> Bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    let codeset = locale.split(separator: ".").dropFirst().first?.split(separator: "@").first ?? ""
    return ["UTF-8", "UTF8"].contains(codeset.uppercased())
  }
}

/// A command that takes the plan's options, `--lang` among them.
protocol TakingPlanOptions {
  var plan: PlanOptions { get }
}

extension Accord.Dashboard: TakingPlanOptions {}
extension Accord.Check: TakingPlanOptions {}
extension Accord.Render: TakingPlanOptions {}
extension Accord.Report: TakingPlanOptions {}
extension Accord.CalendarExport: TakingPlanOptions {}
extension Accord.Export: TakingPlanOptions {}
extension Accord.Doctor: TakingPlanOptions {}
extension Accord.History: TakingPlanOptions {}
extension Accord.Update: TakingPlanOptions {}
extension Accord.Confirm: TakingPlanOptions {}
extension Accord.JournalCheck: TakingPlanOptions {}
extension Accord.JournalInit: TakingPlanOptions {}
extension Accord.JournalBackup: TakingPlanOptions {}
extension Accord.JournalCopyCommand: TakingPlanOptions {}
