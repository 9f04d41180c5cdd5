import AccordCore
import AccordJournal
import AccordText
import Foundation

extension PlanOptions {
  /// How the dashboard records its form's update: the journal is found and opened for writing
  /// only when an update is saved (a dashboard that records nothing never creates one), and
  /// every failure comes back as a message for the form, never printed over the screen. An
  /// update kept in the outbox comes back without a number.
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
        return .success(try Self.record(update, at: address, plan: plan).update)
      } catch {
        return .failure(error)
      }
    }
  }

  // In the language of the command, or of the dashboard when it started.
  static var noJournal: JournalError {
    .unusable(Messages.writing.localized("no journal: give --journal or set HOME"))
  }
  static var noPlanJournal: JournalError {
    .unusable(
      Messages.writing.localized(
        "no journal for this plan: give --journal after its --data, or journal: beside it in plans:"))
  }

  /// Records `update` in the journal at `address`, creating a file journal if it is missing, as
  /// `accord update` and the dashboard's form both do. A server's journal first gets the
  /// updates waiting in `outbox` for it; when the server cannot be reached, the update waits
  /// there too, with the key that keeps it from being recorded twice.
  static func record(
    _ update: JournalUpdate, at address: JournalAddress, plan: Plan, outbox: Outbox? = .standard()
  ) throws(JournalError) -> Recorded {
    guard case .server = address, let outbox else {
      return Recorded(update: try recordNow(update, at: address, plan: plan))
    }
    var update = update
    update.key = update.key ?? UUID().uuidString.lowercased()
    do throws(JournalError) {
      let journal = try address.open(
        planIdentity: plan.identity, access: .write, corrections: CorrectionScope(plan: plan))
      let earlier = try outbox.send(to: journal, at: address, planIdentity: plan.identity)
      return Recorded(update: try journal.record(update), earlier: earlier)
    } catch .unreachable(let outage) {
      let waiting = try outbox.keep(update, for: address, planIdentity: plan.identity)
      return Recorded(
        update: update, waiting: waiting, outbox: outbox.path,
        reason: JournalError.unreachable(outage).message(in: Messages.writing))
    }
  }

  private static func recordNow(_ update: JournalUpdate, at address: JournalAddress, plan: Plan) throws(JournalError)
    -> JournalUpdate
  {
    // A journal not there has no update to correct: refused before one is made for nothing.
    if let corrects = update.corrects {
      do throws(JournalError) { _ = try address.open(planIdentity: plan.identity, access: .read) } catch .missing {
        throw .refused(
          .said(
            Messages.fill(
              Messages.writing.localized("there is no update %1$s to correct: there is no journal at %2$s yet"),
              "\(corrects)", "\(address)")))
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

/// What recording an update did: the update as recorded (without a number when it waits in the
/// outbox), and what became of the updates that waited before it.
struct Recorded {
  var update: JournalUpdate
  var earlier = OutboxSending()
  /// How many updates wait in the outbox now, when this one is among them.
  var waiting = 0
  var outbox = ""
  /// Why it waits: the server's outage, as the journal words it.
  var reason = ""

  /// Says it on the terminal: `recorded` as the command words a recorded update, each update
  /// sent from the outbox before it, a refused one as a warning.
  func report(_ recorded: (JournalUpdate) -> String) {
    let writing = Messages.writing
    for update in earlier.sent {
      Console.out(
        Messages.fill(
          writing.localized("sent update %1$s from the outbox: %2$s"), writing.number(update.id ?? 0),
          Self.summary(update)))
    }
    for refused in earlier.refusals {
      let said = Messages.fill(
        writing.localized("the update about %1$s kept in %2$s was refused by the journal: %3$s"), refused.targetID,
        refused.outbox, refused.refusal.message(in: writing))
      Console.error("accord: warning: " + SafeText.sanitized(said))
    }
    guard waiting > 0 else { return Console.out(recorded(update)) }
    Console.error("accord: " + SafeText.sanitized(reason))
    Console.out(
      Messages.fill(
        writing.localized("kept in %1$s: %2$s; sent when the server is back (%3$s)"), SafeText.sanitized(outbox),
        Self.summary(update), Messages.waitingLine(waiting) ?? ""))
  }

  /// `16.3 in-progress on 2026-11-02`: the target and status as typed, the date for a person.
  static func summary(_ update: JournalUpdate) -> String {
    Messages.fill(
      Messages.writing.localized("%1$s %2$s on %3$s", context: "update"), SafeText.sanitized(update.targetID),
      update.status, Messages.writing.date(update.date))
  }
}
