import AccordCore
import AccordLocalization
import AccordTerminal
import AccordText
import AccordUI
import Foundation

/// What a dashboard started from this session would get: the terminal, the locale, colour
/// and the config file, each with what to change when it would not work.
enum SessionCheck {
  private static var writing: Writing { Messages.writing }
  private static func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }

  static func terminal(_ environment: [String: String]) -> DoctorFinding {
    guard let term = environment["TERM"], !term.isEmpty else {
      return .problem(
        // TRANSLATORS: the first of doctor's findings; in all of them, keep environment variables, commands and
        // file names as they are.
        .terminal, writing.localized("TERM is not set: the dashboard cannot draw"),
        change: writing.localized("ssh -t passes the client's TERM; else export TERM=xterm-256color"))
    }
    guard let entry = TerminalCapabilities.lookUp(term) else {
      return .problem(
        .terminal, fill(writing.localized("TERM=%1$s has no terminfo entry here"), term),
        change: writing.localized("install ncurses-term (apt-get install ncurses-term), or use TERM=xterm-256color"))
    }
    guard entry.movesCursor else {
      return .problem(
        .terminal, fill(writing.localized("TERM=%1$s cannot move the cursor: no dashboard on it"), term),
        change: writing.localized("use a terminal such as TERM=xterm-256color, or accord render"))
    }
    let colours =
      entry.trueColour
      ? writing.localized("true colour")
      : entry.colours > 0
        ? writing.localized("%d colour", plural: "%d colours", count: entry.colours) : writing.localized("no colours")
    return .ok(.terminal, fill(writing.localized("TERM=%1$s: found in terminfo, %2$s"), term, colours))
  }

  static func locale(_ environment: [String: String]) -> DoctorFinding {
    let named = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }
    let setting = named.map { "\($0)=\(environment[$0] ?? "")" } ?? writing.localized("no LANG, LC_ALL or LC_CTYPE")
    guard let codeset = TerminalCapabilities.localeCodeset() else {
      return .problem(
        .locale, fill(writing.localized("%1$s is not installed here: accord draws ASCII only"), setting),
        change: writing.localized(
          "export LANG=C.UTF-8 (always installed), or add the locale to /etc/locale.gen and run locale-gen"))
    }
    guard ["UTF-8", "UTF8"].contains(codeset.uppercased()) else {
      return .problem(
        .locale,
        fill(
          writing.localized("%1$s is %2$s, not UTF-8: accord draws ASCII only, and Lao and Khmer cannot show"),
          setting, codeset),
        change: writing.localized(
          "export LANG=C.UTF-8 (over SSH: AcceptEnv LANG LC_* in sshd_config, or SendEnv on the client)"))
    }
    return .ok(.locale, fill(writing.localized("%1$s: UTF-8"), setting))
  }

  static func colour(_ environment: [String: String]) -> DoctorFinding {
    guard let value = environment["NO_COLOR"], !value.isEmpty else {
      return .ok(.colour, writing.localized("NO_COLOR not set: the theme's colours"))
    }
    return .note(.colour, writing.localized("NO_COLOR is set: attributes only, no colour (unset it for colours)"))
  }

  /// The config file: none is fine; one that does not load, or names a theme there is not, is a problem.
  static func config() -> DoctorFinding {
    guard let path = UserConfig.defaultPath() else {
      return .ok(.config, writing.localized("no HOME or XDG_CONFIG_HOME: defaults"))
    }
    guard FileManager.default.fileExists(atPath: path) else {
      return .ok(.config, fill(writing.localized("%1$s does not exist: defaults"), path))
    }
    let config: UserConfig
    do throws(PlanLoadError) { config = try UserConfig.load(path: path) } catch {
      return .problem(
        .config, error.description(in: writing),
        change: fill(writing.localized("mend %1$s (its keys: theme, journal)"), path))
    }
    if let theme = config.theme {
      do { _ = try ThemeCatalog().theme(theme) } catch {
        return .problem(
          .config, fill(writing.localized("%1$s: theme: %2$s: no such theme"), path, theme),
          change: writing.localized("a name from `accord themes`"))
      }
    }
    return .ok(.config, fill(writing.localized("%1$s loads"), path))
  }
}
