import AccordCore
import AccordLocalization

// The sentences for what is wrong with a typed update, in the reader's language: the form
// shows them beside their field, `accord update` prints them after its name. Ids, statuses and
// confidences are quoted as typed: they are what the reader types again.

extension JournalEntry.Problem {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .unknownTarget(let id, let suggestion):
      return fill(writing.localized("'%1$s' is not a commitment, milestone or meeting of this plan"), id)
        + writing.didYouMean(suggestion)
    case .notADate(let text):
      return fill(
        writing.localized("'%1$s' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD that exists, e.g. %2$s"), text,
        "2026-11-24")
    case .afterToday(let date, let today):
      return fill(
        writing.localized("%1$s is after today (%2$s): record what has happened, on the day it happened"),
        writing.date(date), writing.day(today))
    case .outsidePlanYears(let date, let first, let last):
      return fill(
        writing.localized("%1$s is outside the plan's years (%2$s to %3$s)"), writing.date(date),
        writing.number(first), writing.number(last))
    case .notAConfidence(let text):
      // TRANSLATORS: 'confirmed' and 'reported' are what is typed after --confidence: keep them in English.
      return fill(writing.localized("'%1$s' is not a confidence; expected confirmed or reported"), text)
    case .notAStatus(let text, let expected, let suggestion):
      return fill(
        writing.localized("'%1$s' is not a status; expected one of %2$s"), text, expected.joined(separator: ", "))
        + writing.didYouMean(suggestion)
    case .sourceRequired(let status):
      return fill(writing.localized("a source is required for status '%1$s'"), status)
    case .notAnUpdateNumber(let number):
      return fill(
        writing.localized("--corrects takes the number of an update in the journal, not %1$s"), String(number))
    }
  }
}
