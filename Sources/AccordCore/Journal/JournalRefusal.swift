/// Why a sound journal refuses an update, as values: AccordText words it in the reader's
/// language (`accord confirm`, `accord update`, the dashboard's form and `C`).
public enum JournalRefusal: Sendable, Equatable, CustomStringConvertible {
  /// Only a coordinator confirms a reported update; `update` stays reported. `group` is the
  /// Unix group of a journal file's coordinators; nil on a server, whose role is accord_coordinator.
  case notACoordinator(update: Int, group: String?)
  /// The update is confirmed already: nothing was recorded.
  case alreadyConfirmed(update: Int)
  /// An update not yet in a journal has no number to be confirmed by.
  case notYetRecorded
  /// A correction names an update the journal does not hold.
  case noUpdateToCorrect(update: Int)
  /// A correction names a row of the journal that cannot be read as an update.
  case unreadableCorrected(update: Int)
  /// `accord journal copy`: the journal copied into holds an update `update` that is not the
  /// one of that number in the journal copied from.
  case parted(into: String, from: String, update: Int)
  /// The server's own words for a refusal its triggers made (sanitised where it is printed).
  case server(address: String, message: String)
  /// A refusal worded where it was made.
  case said(String)

  /// English, for logs and the outbox's record of a refusal; a person reads `message(in:)`.
  public var description: String {
    switch self {
    case .notACoordinator(let update, let group):
      "only a coordinator (\(group.map { "a member of the group \($0)" } ?? "accord_coordinator")) confirms a reported update; update #\(update) stays reported"
    case .alreadyConfirmed(let update): "update #\(update) is already confirmed; nothing was recorded"
    case .notYetRecorded: "an update not yet recorded cannot be confirmed"
    case .noUpdateToCorrect(let update): "there is no update \(update) to correct"
    case .unreadableCorrected(let update): "update #\(update) cannot be read, so it cannot be corrected"
    case .parted(let into, let from, let update):
      "\(into): update #\(update) is not \(from)'s update #\(update); the journals have parted, so nothing was copied"
    case .server(let address, let message): "\(address): \(message)"
    case .said(let text): text
    }
  }
}
