import AccordCore
import AccordLocalization

/// The first page's key messages: what was reported since the last briefing, what fell overdue
/// since, what is due before the next meeting, and the next three meetings. accord's words;
/// the data's text goes through `escape`, the format's.
enum BriefingKeyMessages {
  /// How many ids a message names before it says how many more.
  static let idsNamed = 8

  static func lines(_ briefing: Briefing, _ words: BriefingWording, escape: (String) -> String) -> [String] {
    let writing = words.writing
    let since = words.day(briefing.since)
    var lines: [String] = []
    let reported = briefing.reportedSince
    if reported.isEmpty {
      lines.append(words.fill(writing.localized("Nothing was reported since %s."), since))
    } else {
      let subjects = ReportedItem.Subject.allCases.compactMap { subject -> String? in
        let count = reported.count(where: { $0.subject == subject })
        return count == 0 ? nil : onSubject(subject, count: count, writing)
      }
      lines.append(
        words.fill(
          // TRANSLATORS: %1$s a day; %2$s how many reports ("12 reports"); %3$s what they are on ("6 on commitments, 6 on meetings"); %4$s their ids.
          writing.localized("Reported since %1$s: %2$s (%3$s): %4$s."), since,
          writing.localized("%d report", plural: "%d reports", count: reported.count),
          subjects.joined(separator: ", "), named(reported.map(\.id), writing, escape: escape)))
    }
    let window = briefing.since.days(until: briefing.today)
    let fell = briefing.overdue.filter { $0.daysOverdue <= window }
    if fell.isEmpty {
      let overdue = writing.localized(
        "%d deliverable or milestone overdue in all", plural: "%d deliverables and milestones overdue in all",
        count: briefing.overdue.count)
      lines.append(
        briefing.overdue.first.map { oldest in
          words.fill(
            // TRANSLATORS: %1$s a day; %2$s "N deliverables and milestones overdue in all"; %3$s an id; %4$s "N days".
            writing.localized("Nothing fell overdue since %1$s; %2$s, the oldest %3$s by %4$s."), since, overdue,
            escape(oldest.id), writing.localized("%d day", plural: "%d days", count: oldest.daysOverdue))
        } ?? words.fill(writing.localized("Nothing fell overdue since %1$s; %2$s."), since, overdue))
    } else {
      let items = fell.map {
        words.fill(writing.localized("%1$s (due %2$s)"), escape($0.id), escape($0.due))
      }
      lines.append(
        words.fill(writing.localized("Fell overdue since %1$s: %2$s."), since, items.joined(separator: ", ")))
    }
    let due = briefing.dueBeforeNextMeeting
    let ids = named(due.map(\.id), writing, escape: escape)
    lines.append(
      due.last.map {
        words.fill(writing.localized("Due before the next meeting (by %1$s): %2$s."), words.day($0.deadline), ids)
      } ?? writing.localized("Nothing is due before the next meeting."))
    let next = briefing.nextMeetings.prefix(3)
    lines.append(
      next.isEmpty
        ? writing.localized("No meeting is to come.")
        : words.fill(
          writing.localized("Next meetings: %s."),
          next.map { "\(escape(words.title($0))), \(words.when($0))" }.joined(separator: "; ")))
    return lines
  }

  static func onSubject(_ subject: ReportedItem.Subject, count: Int, _ writing: Writing) -> String {
    switch subject {
    case .commitment: writing.localized("%d on a commitment", plural: "%d on commitments", count: count)
    case .milestone: writing.localized("%d on a milestone", plural: "%d on milestones", count: count)
    case .meeting: writing.localized("%d on a meeting", plural: "%d on meetings", count: count)
    }
  }

  static func named(_ ids: [String], _ writing: Writing, escape: (String) -> String) -> String {
    let shown = ids.prefix(idsNamed).map(escape).joined(separator: ", ")
    guard ids.count > idsNamed else { return shown }
    return Template.fill(
      writing.localized("%1$s and %2$s more"), [shown, writing.number(ids.count - idsNamed)])
  }
}
