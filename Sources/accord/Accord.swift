import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@main
struct Accord: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accord",
    abstract: "A terminal dashboard of how the Lao PDR-Cambodia Action Plan 2023-2027 is carried out.",
    discussion: """
      With no subcommand, opens the dashboard on the bundled plan. Press ? inside for the keys.
      """,
    subcommands: [Dashboard.self, Check.self, Render.self, Themes.self],
    defaultSubcommand: Dashboard.self
  )

  /// ArgumentParser's own `main`, but its messages (which may quote a plan's ids) go out
  /// through `Console`.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success { Console.out(message) } else { Console.error(message) }
      }
      #if canImport(Glibc)
        Glibc.exit(code.rawValue)
      #else
        Darwin.exit(code.rawValue)
      #endif
    }
  }
}
