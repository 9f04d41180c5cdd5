/// What the dashboard's bottom line says about a plan's journal while it cannot show all of it,
/// as values: the screen words it in the language shown at the time (AccordText), so `L`
/// changes it as it changes the rest.
public struct JournalNotice: Sendable, Equatable {
  public enum Problem: Sendable, Equatable {
    /// The journal cannot be read now (removed, locked, damaged, unreachable).
    case failed(JournalError)
    /// The journal was read, leaving out `count` rows that are not updates, `first` the first.
    case unreadableRows(count: Int, first: UnreadableUpdate)
  }

  public var problem: Problem
  /// The updates waiting in the outbox to be sent to this journal.
  public var waiting: Int
  /// The journal's address as its messages write it, and as the bottom line says it (a file by
  /// its name: a long path would push the problem itself off a narrow screen).
  public var address: String
  public var shownAs: String

  public init(_ problem: Problem, waiting: Int = 0, address: String = "", shownAs: String? = nil) {
    self.problem = problem
    self.waiting = waiting
    self.address = address
    self.shownAs = shownAs ?? address
  }
}
