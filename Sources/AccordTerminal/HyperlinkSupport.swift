/// Whether the terminal shows OSC 8 hyperlinks. No terminfo capability says so, and a terminal
/// that does not know the sequence may show it, so only terminals that announce themselves in
/// the environment get them (VTE, iTerm2, WezTerm, kitty, foot, Windows Terminal, VS Code,
/// Ghostty, tmux 3.4 and later); `hyperlinks: on` or `off` in config.yaml decides either way.
/// Over SSH those variables do not arrive: a user there says `on`.
public enum HyperlinkSupport {
  public static func enabled(setting: Bool?, environment: [String: String]) -> Bool {
    if let setting { return setting }
    let term = environment["TERM"] ?? ""
    if term == "linux" || term == "dumb" { return false }
    if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
    if ["iTerm.app", "WezTerm", "vscode", "ghostty"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
    if environment["TERM_PROGRAM"] == "tmux", let version = environment["TERM_PROGRAM_VERSION"] {
      let parts = version.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
      return (parts.first ?? 0, parts.dropFirst().first ?? 0) >= (3, 4)
    }
    return environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil
      || ["xterm-kitty", "foot", "foot-extra", "xterm-ghostty"].contains(term)
  }
}
