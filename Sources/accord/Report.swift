import AccordCore
import AccordLocalization
import AccordReport
import ArgumentParser

extension Accord {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",  // named, not derived by reflection at every start
      abstract: "Write a briefing as of a day: Markdown, CSV, JSON or HTML.",
      discussion: """
        A paper that leads with what matters: the countdowns, the pace, the key messages (what was reported since --since, what fell overdue, what is due before the next meeting) and the next three meetings; then each pillar's news and overdue work by name, the meetings, an annex of the commitments with no report per sector and the sources' reference list. The same facts as the dashboard's watch list and overview on the same day.

        With --data given more than once (or plans: in config.yaml), one briefing of every plan, a section a plan, each with its own journal's updates (--journal once after each --data, or the journals of plans:); csv has a plan column first, json an object with plans (accord-report-plans/1); a commitment that carries on one of the plan its plan follows (continues:) is listed with it.

        md reads as plain text and renders on a forge; csv has one row per commitment (RFC 4180, UTF-8); json follows the schema accord-report/2 (docs/report-format.md); html is one self-contained page that prints on A4.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case md, csv, json, html
    }

    @OptionGroup var plan: PlanOptions

    @Option(name: .long, help: "The output format.")
    var format: Format = .md

    @Option(
      name: .long,
      help: ArgumentHelp(
        "List what was reported from this day on (YYYY-MM-DD); default: the day of the briefing in the -o file, else 30 days before --today.",
        valueName: "date"),
      transform: PlanOptions.parseDay)
    var since: Day?

    @Option(name: .long, help: ArgumentHelp("Only this pillar: 1-5 or I-V.", valueName: "N"))
    var pillar: String?

    @Option(
      name: .long,
      help: ArgumentHelp("Only the commitments whose responsible agencies name this text.", valueName: "agency"))
    var agency: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
      // A briefing is a file to hand on: its language is the reader's choice, whatever the terminal.
      let writing = try plan.writing(unicode: true)
      let today = plan.day
      if let since, since > today {
        throw Failure.refused(
          Messages.fill(
            Messages.writing.localized("--since %1$s is after the report's day %2$s"), "\(since)", "\(today)"))
      }
      // Several plans (--data more than once, or plans: in config.yaml): one briefing, a section a plan.
      if plan.planFiles.count > 1 { return try runOverPlans(today: today, writing: writing) }
      let loaded = try plan.loadPlan()
      let scope = BriefingScope(pillar: try pillarIndex(in: loaded), agency: try agencyText(in: loaded))
      let briefing = Briefing(
        view: PlanView(plan: loaded, today: today), since: since ?? lastBriefingDay(before: today), scope: scope)
      let text: String =
        switch format {
        case .md: MarkdownReport.render(briefing, writing: writing)
        case .csv: CSVReport.render(briefing)
        case .json: JSONReport.render(briefing)
        case .html: HTMLReport.render(briefing, writing: writing)
        }
      try output.write(text)
    }

    /// One briefing of every plan, each plan's whole briefing a section, each with its own
    /// journal's updates; `--pillar` and `--agency` name one plan's and are refused.
    func runOverPlans(today: Day, writing: Writing) throws {
      guard pillar == nil, agency == nil else {
        throw Failure.refused(
          Messages.writing.localized(
            "with several plans, report writes every plan whole; give --data FILE for --pillar or --agency"))
      }
      let since = since ?? lastBriefingDay(before: today)
      let briefings = try plan.mergingJournals(into: plan.loadPlanFiles()).map {
        Briefing(view: PlanView(plan: $0, today: today), since: since, scope: BriefingScope())
      }
      let text: String =
        switch format {
        case .md: MarkdownReport.render(plans: briefings, writing: writing)
        case .csv: CSVReport.render(plans: briefings)
        case .json: JSONReport.render(plans: briefings)
        case .html: HTMLReport.render(plans: briefings, writing: writing)
        }
      try output.write(text)
    }

    /// The day of the briefing in the file `-o` writes over, when it is before `today`: the
    /// new one then tells what was reported since the last.
    func lastBriefingDay(before today: Day) -> Day? {
      guard let path = output.output, path != "-",
        let start = OutputFile.start(of: path, length: LastBriefingDay.prefixLength)
      else { return nil }
      return LastBriefingDay.find(in: start).flatMap { $0 < today ? $0 : nil }
    }

    func pillarIndex(in plan: Plan) throws -> Int? {
      guard let pillar else { return nil }
      if let number = Int(pillar), plan.pillars.indices.contains(number - 1) { return number - 1 }
      if let index = plan.pillars.firstIndex(where: { $0.id.lowercased() == pillar.lowercased() }) { return index }
      throw Failure.refused(
        Messages.fill(
          Messages.writing.localized("no pillar '%1$s'; expected 1-%2$s or %3$s"), pillar, "\(plan.pillars.count)",
          plan.pillars.map(\.id).joined(separator: ", ")))
    }

    func agencyText(in plan: Plan) throws -> String? {
      guard let agency else { return nil }
      let agencies = Set(plan.commitments.flatMap(\.carriers))
      guard !agencies.contains(where: { $0.lowercased().contains(agency.lowercased()) }) else { return agency }
      let hint = Suggestion.hint(for: agency, in: agencies.sorted())
      throw Failure.refused(
        Messages.fill(Messages.writing.localized("no commitment names an agency matching '%s'"), agency) + hint)
    }
  }
}
