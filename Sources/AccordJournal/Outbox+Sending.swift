import AccordCore
import AccordText

/// What sending the outbox did: the updates now in the journal (those recorded before under
/// their key included, once), the ones the journal refused (kept in the outbox with why), and
/// how many still wait because the server could not be reached.
public struct OutboxSending: Sendable, Equatable {
  public var sent: [JournalUpdate] = []
  public var refusals: [Refusal] = []
  public var waiting = 0

  public init() {}

  /// An update kept in the outbox at `outbox` that the journal refused: kept there with its
  /// refusal, and said by the command that sent it (in the reader's language).
  public struct Refusal: Sendable, Equatable {
    public var targetID: String
    public var outbox: String
    public var refusal: JournalRefusal
  }
}

extension Outbox {
  /// Sends the updates waiting for `journal` (at `address`), oldest first, each removed from
  /// the outbox once the journal has it. The server out of reach again stops it: the rest wait.
  /// An update the journal refuses is kept with its refusal and the next is sent.
  public func send(to journal: any Journal, at address: JournalAddress, planIdentity: String) throws(JournalError)
    -> OutboxSending
  {
    var sending = OutboxSending()
    let waiting = try self.waiting(for: address, planIdentity: planIdentity)
    for (index, update) in waiting.enumerated() {
      guard let key = update.key else { continue }
      do throws(JournalError) {
        sending.sent.append(try journal.record(update))
        try remove(key: key)
      } catch .refused(let reason) {
        // Kept in English with the update: the outbox file is read by whoever mends it.
        try refuse(key: key, because: reason.message(in: .english))
        sending.refusals.append(OutboxSending.Refusal(targetID: update.targetID, outbox: path, refusal: reason))
      } catch .unreachable {
        sending.waiting = waiting.count - index
        return sending
      }
    }
    return sending
  }
}
