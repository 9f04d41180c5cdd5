import AccordCore
import AccordUI
import ArgumentParser

extension Accord {
  struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "themes",  // named, not derived by reflection at every start
      abstract: "List the themes: bundled ones and those in ~/.config/accord/themes.",
      discussion: "Pick one with --theme NAME, or set `theme: NAME` in ~/.config/accord/config.yaml.")

    func run() throws {
      let catalog = ThemeCatalog()
      let width = catalog.names.map(\.count).max() ?? 0
      for entry in catalog.entries {
        let summary: String
        do {
          let theme = try catalog.theme(entry.name)
          summary = [theme.name, theme.summary].compactMap { $0 }.map { SafeText.excerpt($0, limit: 80) }.joined(
            separator: ": ")
        } catch {
          // TRANSLATORS: %1$s is the theme file's first problem: FILE:LINE:COLUMN: what is wrong.
          let broken = Messages.writing.localized("broken: %1$s", context: "theme")
          summary = Messages.fill(broken, error.lines(in: Messages.writing).first ?? "")
        }
        let origin = entry.origin == "bundled" ? "" : "  (\(entry.origin))"
        Console.out(entry.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary + origin)
      }
    }
  }
}
