import AccordCore
import AccordLocalization

// What went wrong with a journal, in the reader's language. Addresses, versions and plan
// identities are quoted as they are; a journal's or server's own words (SQLite's, PostgreSQL's)
// stay as they came, inside the sentence accord frames them with.

extension JournalError {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .missing(let address): return fill(writing.localized("%1$s: no journal here"), address)
    case .gone(let address): return fill(writing.localized("%1$s: the journal is gone"), address)
    case .malformedAddress(let address, let reason):
      return fill(
        writing.localized(
          "%1$s: not a journal address: %2$s (give a file, or postgresql://[user@]host[:port]/database)"), address,
        reason)
    case .newerSchema(let address, let version, let known):
      return fill(
        writing.localized(
          "%1$s: the journal has schema version %2$s; this accord reads up to %3$s: use a newer accord"),
        address, writing.number(version), writing.number(known))
    case .otherPlan(let address, let recorded, let expected):
      return fill(
        writing.localized(
          "%1$s: this journal belongs to the plan '%2$s', not '%3$s'; give the journal of this plan with --journal"),
        address, recorded, expected)
    case .refused(let refusal): return refusal.message(in: writing)
    case .unusable(let text): return text
    case .trouble(let address, let trouble): return address + ": " + trouble.message(in: writing)
    case .unreachable(let outage): return outage.message(in: writing)
    }
  }
}

extension JournalRefusal {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .notACoordinator(let update, let group?):
      return fill(
        writing.localized(
          "only a coordinator (a member of the group %1$s) confirms a reported update; update #%2$s stays reported"),
        group, String(update))
    case .notACoordinator(let update, nil):
      return fill(
        writing.localized(
          "only a coordinator (accord_coordinator) confirms a reported update; update #%1$s stays reported"),
        String(update))
    case .alreadyConfirmed(let update):
      return fill(writing.localized("update #%1$s is already confirmed; nothing was recorded"), String(update))
    case .notYetRecorded: return writing.localized("an update not yet recorded cannot be confirmed")
    case .noUpdateToCorrect(let update):
      return fill(writing.localized("there is no update %1$s to correct"), String(update))
    case .otherTarget(let update, let kind, let id, let target, let withMilestones):
      let about = kind.word(in: writing)
      return withMilestones
        ? fill(
          writing.localized(
            // TRANSLATORS: %2$s is commitment, milestone or meeting, %3$s its id, %4$s the id typed.
            "update #%1$s is about %2$s %3$s, not %4$s: a correction names an update of %4$s or its milestones"),
          String(update), about, id, target)
        : fill(
          writing.localized("update #%1$s is about %2$s %3$s, not %4$s: a correction names an update of %4$s"),
          String(update), about, id, target)
    case .afterToday(let date, let clock):
      return fill(
        writing.localized(
          "%1$s is after today by the system's clock (%2$s): record what has happened, on the day it happened"),
        writing.date(date), writing.day(clock))
    case .unreadableCorrected(let update):
      return fill(writing.localized("update #%1$s cannot be read, so it cannot be corrected"), String(update))
    case .parted(let into, let from, let update):
      return fill(
        writing.localized(
          "%1$s: update #%2$s is not %3$s's update #%2$s; the journals have parted, so nothing was copied"), into,
        String(update), from)
    case .server(let address, let message):
      // TRANSLATORS: %1$s is the journal's server, %2$s its own words (English) for why it refuses the update.
      return fill(writing.localized("%1$s: %2$s", context: "the server refuses"), address, message)
    case .said(let text): return text
    }
  }
}

extension JournalOutage {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    return switch cause {
    case .noAnswer(let seconds):
      fill(
        writing.localized("%1$s: the journal's server did not answer within %2$s s, unreachable since %3$s"), server,
        writing.number(seconds), since)
    case .ended(let message):
      // TRANSLATORS: %2$s is a time (14:05:09 UTC), %3$s the server's own words (English).
      fill(writing.localized("%1$s: the journal's server is unreachable since %2$s (%3$s)"), server, since, message)
    case .lost:
      fill(
        writing.localized(
          "%1$s: the journal's server is unreachable since %2$s (the connection was lost); reconnecting"), server,
        since)
    case .cannotReach(let cause):
      fill(
        // TRANSLATORS: %3$s is the network's own words (English) for why no connection was made.
        writing.localized("%1$s: cannot reach the journal's server, unreachable since %2$s (%3$s)"), server, since,
        cause)
    case .clientStopped(let client, let reason):
      fill(
        writing.localized(
          // TRANSLATORS: %3$s is the client program's path, %4$s why it stopped ("it was ended by signal 9").
          "%1$s: the journal's server is unreachable since %2$s (the PostgreSQL client %3$s stopped: %4$s); reconnecting"
        ), server, since, client, reason.message(in: writing))
    }
  }
}

extension JournalUpdate.TargetKind {
  /// The word the briefings' tables use for what an update is about.
  func word(in writing: Writing) -> String {
    switch self {
    case .commitment: writing.localized("commitment", context: "subject")
    case .milestone: writing.localized("milestone", context: "subject")
    case .meeting: writing.localized("meeting", context: "subject")
    }
  }
}

extension ClientStop {
  /// Why the PostgreSQL client gave no answer: `it was ended by signal 9`.
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    return switch self {
    case .silent(let seconds): fill(writing.localized("it did not answer within %1$s s"), writing.number(seconds))
    case .garbled: writing.localized("its answer is not one this accord reads")
    case .exited(let status): fill(writing.localized("it ended with status %1$s"), String(status))
    case .signalled(let signal): fill(writing.localized("it was ended by signal %1$s"), String(signal))
    case .closed: writing.localized("it closed its connection to accord")
    }
  }
}
