import AccordCore
import AccordLocalization

extension JournalNotice {
  /// The bottom line's words for the journal, in the language shown now: what waits in the
  /// outbox first (the line may be too narrow for the whole problem), then the problem.
  public func message(in writing: Writing) -> String {
    let said =
      switch problem {
      case .failed(let error): error.message(in: writing)
      case .unreadableRows(let count, let first):
        "\(address): " + UnreadableUpdate.summary(count: count, first: first, in: writing)
      }
    let shown = address == shownAs || address.isEmpty ? said : said.replacingOccurrences(of: address, with: shownAs)
    guard let waiting = Self.waitingLine(waiting, in: writing) else { return shown }
    return waiting + "; " + shown
  }

  /// "1 update waiting to be sent", for the bottom line and the commands; nil for none.
  public static func waitingLine(_ count: Int, in writing: Writing) -> String? {
    count == 0
      ? nil : writing.localized("%d update waiting to be sent", plural: "%d updates waiting to be sent", count: count)
  }
}
