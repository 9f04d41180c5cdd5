import ArgumentParser

extension Accord {
  /// `accord journal ...`: looking after the journal file itself.
  struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "journal",
      abstract: "Look after the journal file: back it up.",
      subcommands: [JournalBackup.self])
  }
}
