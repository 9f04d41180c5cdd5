import AccordCore
import AccordUI
import ArgumentParser
import Foundation

@main
struct Accord: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accord",
    abstract: "A terminal dashboard of how the Lao PDR-Cambodia Action Plan 2023-2027 is carried out.",
    discussion: """
      With no subcommand, opens the dashboard on the bundled plan. Press ? inside for the keys.

      The dashboard's options (accord [options], as accord dashboard [options]; see accord dashboard --help):
        --data <file>          a plan file instead of the bundled plan
        --today <date>         the day to show the plan as of (YYYY-MM-DD)
        --theme <name|path>    a theme (accord themes lists them)
        --no-color             attributes only, no colour
        --ascii                ASCII borders, gauges and marks
        --kiosk                briefing-room mode: read-only, turns the pages
        --cycle <seconds>      seconds each kiosk page stays (default: 20)
        --read-only            turn off everything that writes
        --journal <file>       the journal of updates (accord doctor says which)
        --lang <lo|km|en>      Lao, Khmer or English (default: the locale)

      --today, --data and --lang may also come before a command's name: accord --lang lo check.
      """,
    version: AccordVersion.line,
    subcommands: [
      Dashboard.self, Check.self, Render.self, Report.self, CalendarExport.self, Themes.self, Update.self, Confirm.self,
      History.self, Export.self, JournalCommand.self, Doctor.self, Keys.self,
    ],
    defaultSubcommand: Dashboard.self
  )

  static func main() {
    // The version alone answers before the argument parser, whose first parse reflects on every
    // command's options: three quarters of what `accord --version` cost (callgrind: 20 million
    // instructions, 5 million without it).
    if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
      Console.out(AccordVersion.line)
      return
    }
    let commands = configuration.subcommands.map { $0._commandName } + ["help"]
    let taking = Set(["dashboard", "check", "render", "report", "calendar", "export", "doctor"])
    switch ArgumentArrangement.arrange(
      Array(CommandLine.arguments.dropFirst()), commands: commands, takingPlanOptions: taking)
    {
    case .arguments(let arguments):
      execute(arguments)
    case .unknownCommand(let message):
      exit(with: Failure(.usage, "accord: " + message))
    }
  }

  /// ArgumentParser's own `main(_:)`, but its messages (which may quote a plan's ids) go out
  /// through `Console`.
  static func execute(_ arguments: [String]) {
    do {
      // The parser's refusals (`--today 2026-13-01`) are accord's words too: in the language
      // the arguments ask for, before the command that holds it is parsed.
      Messages.writing = Messages.early(arguments)
      var command: ParsableCommand
      if let dashboard = Dashboard.direct(arguments) {
        // Its language read without a dynamic cast, whose first look for a conformance scans
        // every conformance record of the binary (callgrind: half a million instructions).
        Messages.writing = try Messages.resolve(lang: dashboard.plan.lang)
        command = dashboard
      } else {
        command = try parseAsRoot(arguments)
        Messages.writing = try Messages.resolve(lang: (command as? TakingPlanOptions)?.plan.lang)
      }
      try command.run()
    } catch let failure as Failure {
      exit(with: failure)
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success { Console.out(message) } else { Console.error(message) }
      }
      Foundation.exit(code.rawValue)
    }
  }

  /// Where every `Failure` is printed, and the process ends with its status.
  static func exit(with failure: Failure) -> Never {
    for line in failure.lines { Console.error(line) }
    Foundation.exit(failure.status.code)
  }
}
