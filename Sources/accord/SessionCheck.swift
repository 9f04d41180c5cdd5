import AccordCore
import AccordTerminal
import AccordUI
import Foundation

/// What a dashboard started from this session would get: the terminal, the locale, colour
/// and the config file, each with what to change when it would not work.
enum SessionCheck {
  static func terminal(_ environment: [String: String]) -> DoctorFinding {
    guard let term = environment["TERM"], !term.isEmpty else {
      return .problem(
        "terminal", "TERM is not set: the dashboard cannot draw",
        change: "ssh -t passes the client's TERM; else export TERM=xterm-256color")
    }
    guard let entry = TerminalCapabilities.lookUp(term) else {
      return .problem(
        "terminal", "TERM=\(term) has no terminfo entry here",
        change: "install ncurses-term (apt-get install ncurses-term), or use TERM=xterm-256color")
    }
    guard entry.movesCursor else {
      return .problem(
        "terminal", "TERM=\(term) cannot move the cursor: no dashboard on it",
        change: "use a terminal such as TERM=xterm-256color, or accord render")
    }
    let colours = entry.trueColour ? "true colour" : entry.colours > 0 ? "\(entry.colours) colours" : "no colours"
    return .ok("terminal", "TERM=\(term): found in terminfo, \(colours)")
  }

  static func locale(_ environment: [String: String]) -> DoctorFinding {
    let named = ["LC_ALL", "LC_CTYPE", "LANG"].first { !(environment[$0] ?? "").isEmpty }
    let setting = named.map { "\($0)=\(environment[$0] ?? "")" } ?? "no LANG, LC_ALL or LC_CTYPE"
    guard let codeset = TerminalCapabilities.localeCodeset() else {
      return .problem(
        "locale", "\(setting) is not installed here: accord draws ASCII only",
        change: "export LANG=C.UTF-8 (always installed), or add the locale to /etc/locale.gen and run locale-gen")
    }
    guard ["UTF-8", "UTF8"].contains(codeset.uppercased()) else {
      return .problem(
        "locale", "\(setting) is \(codeset), not UTF-8: accord draws ASCII only, and Lao and Khmer cannot show",
        change: "export LANG=C.UTF-8 (over SSH: AcceptEnv LANG LC_* in sshd_config, or SendEnv on the client)")
    }
    return .ok("locale", "\(setting): UTF-8")
  }

  static func colour(_ environment: [String: String]) -> DoctorFinding {
    guard let value = environment["NO_COLOR"], !value.isEmpty else {
      return .ok("colour", "NO_COLOR not set: the theme's colours")
    }
    return .note("colour", "NO_COLOR is set: attributes only, no colour (unset it for colours)")
  }

  /// The config file: none is fine; one that does not load, or names a theme there is not, is a problem.
  static func config() -> DoctorFinding {
    guard let path = UserConfig.defaultPath() else { return .ok("config", "no HOME or XDG_CONFIG_HOME: defaults") }
    guard FileManager.default.fileExists(atPath: path) else { return .ok("config", "\(path) does not exist: defaults") }
    let config: UserConfig
    do throws(PlanLoadError) { config = try UserConfig.load(path: path) } catch {
      return .problem("config", error.description, change: "mend \(path) (its keys: theme, journal)")
    }
    if let theme = config.theme {
      do { _ = try ThemeCatalog().theme(theme) } catch {
        return .problem("config", "\(path): theme: \(theme): no such theme", change: "a name from `accord themes`")
      }
    }
    return .ok("config", "\(path) loads")
  }
}
