import ArgumentParser

extension Accord {
  /// `accord journal ...`: looking after the journal itself rather than the plan.
  struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "journal",
      abstract: "Look after the journal of updates: check and mend it, back it up.",
      subcommands: [JournalCheck.self, JournalBackup.self])
  }
}
