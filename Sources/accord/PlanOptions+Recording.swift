import AccordCore
import AccordJournal
import Foundation

extension PlanOptions {
  /// How the dashboard records its form's update: the journal is found and opened for writing
  /// only when an update is saved (a dashboard that records nothing never creates one), and
  /// every failure comes back as a message for the form, never printed over the screen.
  func recorder(for plan: Plan) -> (JournalUpdate) -> Result<JournalUpdate, JournalError> {
    { update in
      do throws(JournalError) {
        guard let path = try resolvedJournalPath(access: .write).get() else { throw Self.noJournal }
        return .success(try Self.record(update, at: path, plan: plan))
      } catch {
        return .failure(error)
      }
    }
  }

  static let noJournal = JournalError("no journal: give --journal or set HOME")

  /// Records `update` in the journal at `path`, creating the journal if it is missing, as
  /// `accord update` and the dashboard's form both do.
  static func record(_ update: JournalUpdate, at path: String, plan: Plan) throws(JournalError) -> JournalUpdate {
    let exists = try SQLiteJournal.exists(at: path)
    // A journal not there has no update to correct: refused before one is made for nothing.
    if let corrects = update.corrects, !exists {
      throw JournalError("there is no update \(corrects) to correct: there is no journal at \(path) yet", kind: .refusal)
    }
    // Only accord's own default place is made; a path someone typed must exist but for the file.
    if !exists, path == JournalLocation.defaultPath(environment: ProcessEnvironment.variables) {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }
    let journal = try SQLiteJournal(path: path, planIdentity: plan.identity, access: .write, corrections: CorrectionScope(plan: plan))
    return try journal.record(update)
  }
}
