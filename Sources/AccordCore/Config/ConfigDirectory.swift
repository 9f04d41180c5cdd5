import Foundation

/// Where accord's settings and the user's themes live: `$XDG_CONFIG_HOME/accord`, else
/// `~/.config/accord` (the XDG base directory rules).
public enum ConfigDirectory {
  public static func path(environment: [String: String] = ProcessEnvironment.variables) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/accord" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/accord" }
    return nil
  }
}
