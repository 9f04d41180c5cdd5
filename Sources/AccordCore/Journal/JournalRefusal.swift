/// Why a sound journal refuses an update, as values: AccordText words it in the reader's
/// language (`accord confirm`, `accord update`, the dashboard's form and `C`), English included.
public enum JournalRefusal: Sendable, Equatable, Codable {
  /// Only a coordinator confirms a reported update; `update` stays reported. `group` is the
  /// Unix group of a journal file's coordinators; nil on a server, whose role is accord_coordinator.
  case notACoordinator(update: Int, group: String?)
  /// The update is confirmed already: nothing was recorded.
  case alreadyConfirmed(update: Int)
  /// An update not yet in a journal has no number to be confirmed by.
  case notYetRecorded
  /// A correction names an update the journal does not hold.
  case noUpdateToCorrect(update: Int)
  /// A correction names update `update`, about `kind` `id`, which an update of `target` may not
  /// correct: only one of `target` (or, for a commitment, of its milestones, `withMilestones`).
  case otherTarget(update: Int, kind: JournalUpdate.TargetKind, id: String, target: String, withMilestones: Bool)
  /// Dated `date`, after the system's today `clock`: only a meeting may be announced ahead.
  case afterToday(date: PlanDate, clock: Day)
  /// A correction names a row of the journal that cannot be read as an update.
  case unreadableCorrected(update: Int)
  /// `accord journal copy`: the journal copied into holds an update `update` that is not the
  /// one of that number in the journal copied from.
  case parted(into: String, from: String, update: Int)
  /// The server's own words for a refusal its triggers made (sanitised where it is printed).
  case server(address: String, message: String)
  /// A refusal worded where it was made.
  case said(String)

}
