import AccordCore
import AccordJournal

extension PlanOptions {
  /// How the dashboard records its form's update: the journal is found and opened for writing
  /// only when an update is saved (a dashboard that records nothing never creates one), and
  /// every failure comes back as a message for the form, never printed over the screen.
  func recorder(planIdentity: String) -> (JournalUpdate) -> Result<JournalUpdate, JournalError> {
    { update in
      do throws(JournalError) {
        guard let path = try resolvedJournalPath(access: .write).get() else {
          throw JournalError("no journal: give --journal or set HOME")
        }
        let journal = try SQLiteJournal(path: path, planIdentity: planIdentity, access: .write)
        return .success(try journal.record(update))
      } catch {
        return .failure(error)
      }
    }
  }
}
