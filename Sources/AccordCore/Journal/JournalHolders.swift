/// Who may be holding a journal file's lock, as `fuser` would say: the processes that have the
/// journal, its `-wal` or its `-shm` open, with their accounts, and how many processes of other
/// accounts could not be looked into (only root sees every process's descriptors). AccordText
/// words it; AccordJournal finds it.
public struct JournalHolders: Equatable, Sendable, Codable {
  public struct Holder: Equatable, Sendable, Codable {
    public var pid: Int32
    public var command: String
    public var account: String

    public init(pid: Int32, command: String, account: String) {
      self.pid = pid
      self.command = command
      self.account = account
    }
  }

  public var holders: [Holder]
  /// Processes of other accounts whose descriptors this account may not read.
  public var unseen: Int

  /// At most this many are named: a message, not a process table.
  public static let limit = 10

  public init(holders: [Holder], unseen: Int) {
    self.holders = holders
    self.unseen = unseen
  }
}
