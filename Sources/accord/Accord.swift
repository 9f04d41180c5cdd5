import ArgumentParser

@main
struct Accord: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accord",
    abstract: "A terminal dashboard of how the Lao PDR-Cambodia Action Plan 2023-2027 is carried out.",
    discussion: """
      With no subcommand, opens the dashboard on the bundled plan. Press ? inside for the keys.
      """,
    subcommands: [Dashboard.self, Check.self, Render.self, Themes.self, Update.self, History.self, Export.self],
    defaultSubcommand: Dashboard.self
  )
}
