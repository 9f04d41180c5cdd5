import AccordCore
import AccordLocalization
import AccordText

/// The plan's meetings as an RFC 5545 calendar, for Outlook, Thunderbird or a phone.
///
/// Every event is all-day (`VALUE=DATE`, DTEND the day after the last); its UID comes from
/// the plan and the meeting's id, so importing a newer file updates events instead of adding
/// them twice. A meeting known only to a month or a year is never given a day: it is left
/// out, or with `includeTentative` spans its whole month or year, TENTATIVE and transparent,
/// with its precision in the title. The words accord writes in a title or a description are in
/// the reader's language (`writing`); the UIDs, days, STATUS and CATEGORIES never change.
public enum ICalendar {
  public static func render(
    plan: Plan, stamp: String, includeTentative: Bool = false, version: String, writing: Writing = .english
  ) -> String {
    render(plans: [plan], stamp: stamp, includeTentative: includeTentative, version: version, writing: writing)
  }

  /// Several plans' meetings in one calendar, named after them all; each UID holds its plan's
  /// key, so meetings of two plans with the same id stay two events.
  public static func render(
    plans: [Plan], stamp: String, includeTentative: Bool = false, version: String, writing: Writing = .english
  ) -> String {
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//accord//accord \(ICalendarText.escaped(version))//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:\(ICalendarText.escaped(plans.map(\.info.shortTitle).joined(separator: " + ")))",
    ]
    for plan in plans {
      let planKey = key(of: plan.info)
      for meeting in plan.meetings {
        guard let date = meeting.date, date.isExactDay || includeTentative else { continue }
        lines += event(meeting, date: date, planKey: planKey, stamp: stamp, writing: writing)
      }
    }
    lines.append("END:VCALENDAR")
    return lines.map(ICalendarText.folded).joined()
  }

  static func event(
    _ meeting: Meeting, date: PlanDate, planKey: String, stamp: String, writing: Writing = .english
  ) -> [String] {
    let first = date.earliestDay
    let last = date.isExactDay ? max(meeting.end ?? first, first) : date.latestDay
    let precision: (title: String, known: String)? =
      switch date {
      case .day: nil
      case .month(let year, let month):
        // TRANSLATORS: a calendar event's title for a meeting known only to a month: %1$s the month, %2$s its title.
        (writing.localized("[tentative, month only: %1$s] %2$s"), writing.month(year: year, month: month))
      case .year(let year): (writing.localized("[tentative, year only: %1$s] %2$s"), writing.number(year))
      }
    let title =
      precision.map { Template.fill($0.title, [$0.known, meeting.title(in: writing)]) } ?? meeting.title(in: writing)
    // Only a confirmed source confirms: a meeting resting on reported evidence stays tentative.
    let tentative =
      precision != nil || meeting.confidence == .reported
      || [.expected, .notReported, .postponed].contains(meeting.status)
    var description = [
      Template.fill(
        // TRANSLATORS: the calendar description's first line: %1$s the meeting's kind ("JC"), %2$s its status.
        writing.localized("%1$s, %2$s.", context: "calendar"),
        [meeting.type.label, statusText(meeting.status, writing)])
    ]
    if meeting.isContext {
      description.append(writing.localized("Context: a meeting of other parties, not one of the plan's own."))
    }
    if let note = meeting.note { description.append(note) }
    description.append(Template.fill(writing.localized("Source: %s", context: "calendar"), [meeting.source]))
    var lines = [
      "BEGIN:VEVENT",
      "UID:\(uid(meeting.id, planKey: planKey))",
      "DTSTAMP:\(stamp)",
      "DTSTART;VALUE=DATE:\(compact(first))",
      "DTEND;VALUE=DATE:\(compact(last.adding(days: 1)))",
      "SUMMARY:\(ICalendarText.escaped(title))",
      // One paragraph a line: `\n` is iCalendar's escaped line break.
      "DESCRIPTION:\(description.map(ICalendarText.escaped).joined(separator: "\\n"))",
      "CATEGORIES:\(ICalendarText.escaped(meeting.type.label))",
      "STATUS:\(meeting.status == .cancelled ? "CANCELLED" : tentative ? "TENTATIVE" : "CONFIRMED")",
      "TRANSP:TRANSPARENT",
    ]
    if let place = meeting.place { lines.append("LOCATION:\(ICalendarText.escaped(place))") }
    if let url = FormatText.link(meeting.url) { lines.append("URL:\(url)") }
    lines.append("END:VEVENT")
    return lines
  }

  static func statusText(_ status: MeetingStatus, _ writing: Writing) -> String {
    switch status {
    case .held: writing.localized("reported held", context: "calendar")
    case .planned: writing.localized("planned", context: "meeting")
    case .expected: writing.localized("expected", context: "meeting")
    case .notReported: writing.localized("scheduled, not reported held", context: "calendar")
    case .postponed: writing.localized("reported postponed", context: "calendar")
    case .cancelled: writing.localized("reported cancelled", context: "calendar")
    }
  }

  /// `20251126`: the DATE form.
  static func compact(_ day: Day) -> String { "\(day)".replacingOccurrences(of: "-", with: "") }

  /// `jc-15.<plan key>@accord`: the meeting's id, with anything but letters, digits, `-`, `_`
  /// and `.` percent-encoded, and the plan's key.
  static func uid(_ id: String, planKey: String) -> String {
    var safe = ""
    for byte in id.utf8 {
      let character = Character(Unicode.Scalar(byte))
      if byte < 0x80 && (character.isLetter || character.isNumber || "-_.".contains(character)) {
        safe.append(character)
      } else {
        safe += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return "\(safe).\(planKey)@accord"
  }

  /// A plan's stable key: FNV-1a of its title and signing day, so two plans' meetings with
  /// the same ids never collide, and a plan keeps its key across editions of the file.
  static func key(of info: PlanInfo) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in "\(info.title)|\(info.signed)".utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
