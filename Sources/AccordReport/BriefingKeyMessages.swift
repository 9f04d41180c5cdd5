import AccordCore

/// The first page's key messages: what was reported since the last briefing, what fell overdue
/// since, what is due before the next meeting, and the next three meetings. accord's words;
/// the data's text goes through `escape`, the format's.
enum BriefingKeyMessages {
  /// How many ids a message names before it says how many more.
  static let idsNamed = 8

  static func lines(_ briefing: Briefing, escape: (String) -> String) -> [String] {
    let since = briefing.since
    var lines: [String] = []
    let reported = briefing.reportedSince
    if reported.isEmpty {
      lines.append("Nothing was reported since \(since).")
    } else {
      let subjects = ReportedItem.Subject.allCases.compactMap { subject -> String? in
        let count = reported.count(where: { $0.subject == subject })
        return count == 0 ? nil : "\(count) on \(count == 1 ? "a \(subject.rawValue)" : "\(subject.rawValue)s")"
      }
      lines.append(
        "Reported since \(since): \(count(reported.count, "report")) (\(subjects.joined(separator: ", "))): "
          + named(reported.map(\.id), escape: escape) + ".")
    }
    let window = since.days(until: briefing.today)
    let fell = briefing.overdue.filter { $0.daysOverdue <= window }
    if fell.isEmpty {
      lines.append(
        "Nothing fell overdue since \(since); \(count(briefing.overdue.count, "deliverable or milestone", "deliverables and milestones")) overdue in all"
          + (briefing.overdue.first.map { ", the oldest \(escape($0.id)) by \($0.daysOverdue) days." } ?? "."))
    } else {
      lines.append(
        "Fell overdue since \(since): "
          + fell.map { "\(escape($0.id)) (due \(escape($0.due)))" }.joined(separator: ", ") + ".")
    }
    let due = briefing.dueBeforeNextMeeting
    let by = due.last.map { " (by \($0.deadline))" } ?? ""
    lines.append(
      due.isEmpty
        ? "Nothing is due before the next meeting."
        : "Due before the next meeting\(by): " + named(due.map(\.id), escape: escape) + ".")
    let next = briefing.nextMeetings.prefix(3)
    lines.append(
      next.isEmpty
        ? "No meeting is to come."
        : "Next meetings: " + next.map { "\(escape($0.title)), \(BriefingWording.when($0))" }.joined(separator: "; ")
          + ".")
    return lines
  }

  static func named(_ ids: [String], escape: (String) -> String) -> String {
    let shown = ids.prefix(idsNamed).map(escape).joined(separator: ", ")
    return ids.count > idsNamed ? "\(shown) and \(ids.count - idsNamed) more" : shown
  }

  static func count(_ number: Int, _ one: String, _ many: String? = nil) -> String {
    "\(number) \(number == 1 ? one : many ?? one + "s")"
  }
}
