import AccordCore
import AccordLocalization

/// Which of `JournalLocation`'s rules gave the journal's path, in words, for `accord doctor`.
/// Its order is `JournalLocation.path`'s (AccordCore), which gives only the path.
enum JournalOrigin {
  static func of(option: String?, environment: [String: String]) -> String {
    if let option, !option.isEmpty { return Messages.writing.localized("from --journal") }
    if let value = environment["ACCORD_JOURNAL"], !value.isEmpty {
      return Messages.writing.localized("from ACCORD_JOURNAL")
    }
    if environment["ACCORD_JOURNAL"] == nil, let path = UserConfig.defaultPath(),
      let config = try? UserConfig.load(path: path), let journal = config.journal, !journal.isEmpty
    {
      return Template.fill(Messages.writing.localized("from journal: in %1$s"), [path])
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return Messages.writing.localized("the default under XDG_DATA_HOME")
    }
    return Messages.writing.localized("the default: no --journal, ACCORD_JOURNAL or journal: in the config file")
  }
}
