import ArgumentParser

extension Accord {
  /// `accord journal ...`: looking after the journal itself rather than the plan.
  struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "journal",
      abstract: "Look after the journal of updates: make it, check and mend it, back it up, copy it.",
      subcommands: [JournalInit.self, JournalCheck.self, JournalBackup.self, JournalCopyCommand.self])
  }
}
