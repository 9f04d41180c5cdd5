import AccordCore
import AccordText
import AccordUI
import ArgumentParser
import Foundation

/// Which theme, and whether colour is wanted at all: `--theme`, else the config file's
/// `theme:`, else the default; `--no-color` or a non-empty `NO_COLOR` mean attributes only.
struct ThemeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("A theme name (see `accord themes`) or a path to a .theme file.", valueName: "name|path"),
    completion: ShellCompletion.themes)
  var theme: String?

  @Flag(name: .customLong("no-color"), help: "No colour at all, attributes only (as NO_COLOR=1 does).")
  var noColor = false

  /// True when colour is off by flag or by the environment (https://no-color.org).
  var colourRefused: Bool {
    noColor || !(ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty
  }

  /// The theme chosen, and the file it comes from (to watch for edits; nil for a bundled
  /// theme), or its problems printed to standard error and exit status 65.
  func chooseTheme(catalog: ThemeCatalog = ThemeCatalog()) throws -> (theme: Theme, file: String?) {
    let configured = theme == nil ? try configuredTheme() : nil
    let name = theme ?? configured ?? ThemeCatalog.defaultName
    let loaded: Theme
    do {
      loaded = try catalog.theme(name)
    } catch {
      // A theme named in the settings file: say which file named it.
      let origin = configured != nil ? (UserConfig.defaultPath() ?? "config.yaml") + ": theme: " : ""
      throw Failure(.dataError, origin + error.description(in: Messages.writing))
    }
    if name.contains("/") || name.hasSuffix(".theme") { return (loaded, name) }
    let origin = catalog.entries.first { $0.name == name }?.origin
    return (loaded, origin == "bundled" ? nil : origin)
  }

  private func configuredTheme() throws -> String? {
    guard let path = UserConfig.defaultPath() else { return nil }
    do throws(PlanLoadError) {
      return try UserConfig.load(path: path).theme
    } catch {
      throw Failure(.dataError, error.description(in: Messages.writing))
    }
  }
}
