import AccordCore
import AccordJournal
import Foundation

extension PlanOptions {
  /// How the dashboard records its form's update: the journal is found and opened for writing
  /// only when an update is saved (a dashboard that records nothing never creates one), and
  /// every failure comes back as a message for the form, never printed over the screen.
  func recorder(for plan: Plan) -> (JournalUpdate) -> Result<JournalUpdate, JournalError> {
    Self.recorder(for: plan, noJournal: Self.noJournal) { resolvedJournalAddress(access: .write) }
  }

  /// The same for a plan among several, whose journal is the one given for it, if any.
  static func recorder(for plan: Plan, at address: JournalAddress?) -> (JournalUpdate) -> Result<
    JournalUpdate, JournalError
  > {
    recorder(for: plan, noJournal: noPlanJournal) { .success(address) }
  }

  private static func recorder(
    for plan: Plan, noJournal: JournalError, address: @escaping () -> Result<JournalAddress?, JournalError>
  ) -> (JournalUpdate) -> Result<JournalUpdate, JournalError> {
    { update in
      do throws(JournalError) {
        guard let address = try address().get() else { throw noJournal }
        return .success(try Self.record(update, at: address, plan: plan))
      } catch {
        return .failure(error)
      }
    }
  }

  static let noJournal = JournalError.unusable("no journal: give --journal or set HOME")
  static let noPlanJournal = JournalError.unusable(
    "no journal for this plan: give --journal after its --data, or journal: beside it in plans:")

  /// Records `update` in the journal at `address`, creating a file journal if it is missing, as
  /// `accord update` and the dashboard's form both do.
  static func record(_ update: JournalUpdate, at address: JournalAddress, plan: Plan) throws(JournalError)
    -> JournalUpdate
  {
    // A journal not there has no update to correct: refused before one is made for nothing.
    if let corrects = update.corrects {
      do throws(JournalError) { _ = try address.open(planIdentity: plan.identity, access: .read) } catch .missing {
        throw .refused("there is no update \(corrects) to correct: there is no journal at \(address) yet")
      }
    }
    // Only accord's own default place is made; a path someone typed must exist but for the file.
    if case .file(let path) = address, path == JournalLocation.defaultPath(environment: ProcessEnvironment.variables) {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }
    let journal = try address.open(
      planIdentity: plan.identity, access: .write, corrections: CorrectionScope(plan: plan))
    return try journal.record(update)
  }
}
