extension JournalUpdate {
  /// The entry that confirms this reported update: the same report, confirmed, correcting it,
  /// so the target's status then counts as confirmed and the journal keeps who confirmed it
  /// (the new entry's author) beside who reported it.
  public func confirmation() throws(JournalError) -> JournalUpdate {
    guard let id else { throw .refused(.notYetRecorded) }
    guard confidence == .reported else { throw .refused(.alreadyConfirmed(update: id)) }
    var confirmed = self
    confirmed.id = nil
    confirmed.recording = nil
    confirmed.confidence = .confirmed
    confirmed.corrects = id
    return confirmed
  }

  /// Whether recording this over an update of `corrected` confidence confirms a report: what
  /// only a coordinator may do.
  public func confirms(_ corrected: Confidence) -> Bool {
    corrects != nil && confidence == .confirmed && corrected == .reported
  }
}
