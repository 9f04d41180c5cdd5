/// Where the journal is: `--journal`, else `ACCORD_JOURNAL`, else `journal:` in config.yaml,
/// else `$XDG_DATA_HOME/accord/journal.sqlite`, else `~/.local/share/accord/journal.sqlite`.
public enum JournalLocation {
  public static func path(option: String?, environment: [String: String], config: UserConfig) -> String? {
    if let option, !option.isEmpty { return option }
    if let path = environment["ACCORD_JOURNAL"], !path.isEmpty { return path }
    if let path = config.journal, !path.isEmpty { return path }
    return defaultPath(environment: environment)
  }

  /// The same, parsed: a malformed server address is refused here, before anything is opened.
  public static func address(option: String?, environment: [String: String], config: UserConfig) throws(JournalError)
    -> JournalAddress?
  {
    guard let text = path(option: option, environment: environment, config: config) else { return nil }
    return try JournalAddress(parsing: text)
  }

  /// The journal's place when nothing names one: accord's own, made when first needed.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/accord/journal.sqlite" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/accord/journal.sqlite" }
    return nil
  }
}

extension Plan {
  /// What a journal records to refuse another plan's updates: its title and the day it was signed.
  public var identity: String { "\(info.shortTitle), signed \(info.signed)" }
}
