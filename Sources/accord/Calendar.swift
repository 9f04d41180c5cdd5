import AccordCore
import AccordReport
import ArgumentParser
import Foundation

extension Accord {
  struct CalendarExport: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "calendar",
      abstract: "Write the meetings as an iCalendar file (RFC 5545) for Outlook, Thunderbird or a phone.",
      discussion: """
        With --data given more than once (or plans: in config.yaml), one calendar holds every plan's meetings, no journal read. Each meeting is an all-day event with a stable UID (its plan's key in it), so importing a newer file updates the events instead of adding them twice. A meeting known only to a month or a year is left out: it has no day. With --include-tentative it spans its whole month or year, marked tentative with its precision in the title.
        """)

    @OptionGroup var plan: PlanOptions

    @Flag(
      name: .customLong("include-tentative"),
      help: "Also the meetings known only to a month or a year, as tentative events spanning it.")
    var includeTentative = false

    @OptionGroup var output: OutputOptions

    func run() throws {
      // The events' words in the reader's language, whatever the terminal: the file is for a calendar.
      let writing = try plan.writing(unicode: true)
      // Several plans (--data more than once, or plans: in config.yaml) make one calendar.
      let files = try plan.loadPlanFiles()
      let plans = files.count == 1 ? [try plan.mergingJournal(into: files[0])] : files
      try plan.refuseJournal(forPlans: plans.count)
      let known = plans.map { Self.known(PlanView(plan: $0, today: plan.day)) }
      let text = ICalendar.render(
        plans: known, stamp: Self.stamp(Date()), includeTentative: includeTentative, version: AccordVersion.number,
        writing: writing)
      try output.write(text)
    }

    /// The plan as known on the view's day, its meetings whose day has passed with no report
    /// marked so: nobody can confirm they took place.
    static func known(_ view: PlanView) -> Plan {
      var known = view.plan
      let unreported = Set(view.facts.meetingsWithoutReport.map(\.id))
      for index in known.meetings.indices where unreported.contains(known.meetings[index].id) {
        known.meetings[index].status = .notReported
      }
      return known
    }

    /// DTSTAMP: now, in UTC, `20261125T071300Z`.
    static func stamp(_ date: Date) -> String {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC")!
      let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
      func pad(_ number: Int?, _ width: Int = 2) -> String {
        let digits = String(number ?? 0)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
      }
      return
        "\(pad(parts.year, 4))\(pad(parts.month))\(pad(parts.day))T\(pad(parts.hour))\(pad(parts.minute))\(pad(parts.second))Z"
    }
  }
}
