import AccordCore
import AccordLocalization
import AccordUI
import ArgumentParser

extension Accord {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",  // named, not derived by reflection at every start
      abstract: "Print a screen as plain text (or with colours, --color).",
      discussion: """
        Draws a screen through the same renderer as the dashboard and prints it as text: no line wider than the width, at most as many lines as the height.

        Screens: overview, timeline, watch (the watch list), pillar N (1-5 or I-V), sector ID, commitment ID, meeting ID, updates [SINCE] (recorded in the journal since a day, default a week ago), plans (every plan given with --data, a row each); e.g. --screen "pillar 3", --screen sector:16, --screen "commitment 16.3", --screen "updates 2026-11-01". With several --data, the other screens show the first plan.
        """)

    @OptionGroup var plan: PlanOptions

    @Option(
      name: .long, help: ArgumentHelp("The terminal size to draw for, WIDTHxHEIGHT.", valueName: "WxH"),
      transform: Render.parseSize)
    var size: TerminalSize = TerminalSize(width: 80, height: 24)

    @Option(name: .long, help: ArgumentHelp("The screen to draw (see above).", valueName: "screen"))
    var screen: String = "overview"

    @Flag(name: .long, help: "Draw with ASCII only: borders, gauges, glyphs and data text.")
    var ascii = false

    @OptionGroup var look: ThemeOptions

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Print with the theme's colours as ANSI escapes, for a terminal of this depth: truecolor, 256, 16, 8 or none (attributes only).",
        valueName: "depth"),
      transform: Render.parseDepth)
    var color: ColorDepth?

    func run() throws {
      let plans = try plan.loadPlanFiles()
      let loaded = plans[0]
      let updates = try plan.journalUpdates(for: plans)
      var state = AppState(
        plan: loaded, updates: updates, today: plan.day, options: DisplayOptions(ascii: ascii), size: size)
      for other in plans.dropFirst() { state.addPlan(other) }
      state.writing = try plan.writing(unicode: !ascii)
      // A screen the plan lacks is exit status 64, without the usage text.
      let route: Route
      do {
        route = try ScreenName.route(screen, in: loaded, today: plan.day)
      } catch let error as ValidationError {
        throw Failure.refused(error.message)
      }
      // A meeting of the file that no source had made known by the day has no screen that day.
      if !state.show(route), case .meeting(let id) = route {
        let writing = Messages.writing
        let known = state.view.source.meeting(id: id)?.knownFrom
        throw Failure.refused(
          known.map {
            Messages.fill(
              writing.localized("meeting %1$s is not known on %2$s: its first source is dated %3$s"),
              SafeText.quoted(id), "\(plan.day)", "\($0)")
          } ?? Messages.fill(writing.localized("meeting %1$s is not known on %2$s"), SafeText.quoted(id), "\(plan.day)")
        )
      }
      let grid = state.render(width: size.width, height: size.height)
      guard let depth = color else {
        grid.lines.forEach(Console.out)
        return
      }
      // Only colours need a theme: a broken settings file does not stop plain text.
      let theme = try look.chooseTheme().theme
      let palette = ThemePalette(theme: theme, depth: look.colourRefused ? .none : depth)
      Console.outColoured(AnsiText.lines(grid, palette: palette))
    }

    static func parseDepth(_ text: String) throws -> ColorDepth {
      switch text.lowercased() {
      case "truecolor", "24bit", "direct": return .trueColor
      case "256": return .palette256
      case "16": return .ansi16
      case "8": return .ansi8
      case "none", "0": return ColorDepth.none
      default:
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("'%1$s' is not a colour depth; expected truecolor, 256, 16, 8 or none"), text))
      }
    }

    static func parseSize(_ text: String) throws -> TerminalSize {
      let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
      guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width >= 0, height >= 0 else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("%1$s is not a size; expected WIDTHxHEIGHT, e.g. 80x24"), SafeText.quoted(text)))
      }
      let size = TerminalSize(width: width, height: height)
      let largest = TerminalSize.largest
      guard size.isDrawable else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("--size %1$s is larger than accord draws; at most %2$s"), "\(width)x\(height)",
            "\(largest.width)x\(largest.height)"))
      }
      return size
    }
  }
}

/// Reads `--screen`: a screen name, then an id after a space or a colon.
enum ScreenName {
  static let names = ["overview", "timeline", "watch", "pillar", "sector", "commitment", "meeting", "updates", "plans"]

  static func route(_ text: String, in plan: Plan, today: Day) throws -> Route {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let separator = trimmed.firstIndex { $0 == " " || $0 == ":" }
    let name = String(separator.map { trimmed[..<$0] } ?? Substring(trimmed)).lowercased()
    let id = separator.map { trimmed[trimmed.index(after: $0)...].trimmingCharacters(in: .whitespaces) } ?? ""
    func needID() throws {
      if id.isEmpty {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("--screen %1$s needs an id, e.g. --screen \"%1$s %2$s\""), name,
            example(name, plan)))
      }
    }
    switch name {
    case "overview" where id.isEmpty: return .overview
    case "timeline" where id.isEmpty: return .timeline
    case "watch" where id.isEmpty: return .watchlist
    case "plans" where id.isEmpty: return .plans
    case "updates" where id.isEmpty: return .recentUpdates(asOf: today)
    case "updates":
      guard let since = Day(iso: id) else {
        throw ValidationError(
          Messages.writing.localized("--screen updates takes a day, e.g. --screen \"updates 2026-11-01\""))
      }
      return .updates(since: since)
    case "pillar":
      try needID()
      if let number = Int(id), plan.pillars.indices.contains(number - 1) { return .pillar(number - 1) }
      if let index = plan.pillars.firstIndex(where: { $0.id.lowercased() == id.lowercased() }) { return .pillar(index) }
      throw ValidationError(
        Messages.fill(
          Messages.writing.localized("no pillar %1$s; expected 1-%2$s or %3$s"), SafeText.quoted(id),
          "\(plan.pillars.count)",
          ids(plan.pillars.map(\.id))))
    case "sector":
      try needID()
      guard plan.sector(id: id) != nil else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("no sector %1$s; sectors are %2$s"), SafeText.quoted(id),
            ids(plan.sectors.map(\.id))))
      }
      return .sector(id)
    case "commitment":
      try needID()
      guard plan.commitment(id: id) != nil else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("no commitment %1$s; ids look like %2$s (sector.number)"), SafeText.quoted(id),
            example(name, plan)))
      }
      return .commitment(id)
    case "meeting":
      try needID()
      guard plan.meeting(id: id) != nil else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("no meeting %1$s; meeting ids are %2$s"), SafeText.quoted(id),
            ids(plan.meetings.map(\.id), count: 6)))
      }
      return .meeting(id)
    default:
      throw ValidationError(
        Messages.fill(
          Messages.writing.localized(
            // TRANSLATORS: the screens' names and ID, N, SINCE are typed as they are: keep them.
            "unknown screen %1$s; expected one of: overview, timeline, watch, pillar N, sector ID, commitment ID, meeting ID, updates [SINCE], plans"
          ), SafeText.quoted(text)))
    }
  }

  static func example(_ name: String, _ plan: Plan) -> String {
    let id =
      switch name {
      case "pillar": "3"
      case "sector": plan.sectors.first?.id ?? "1"
      case "commitment": plan.commitments.first?.id ?? "1.1"
      default: plan.meetings.first?.id ?? "jc-15"
      }
    return SafeText.excerpt(id, limit: 20)
  }

  /// The plan's ids for a message: the first `count`, each cut short, sanitised.
  static func ids(_ all: [String], count: Int = 40) -> String {
    all.prefix(count).map { SafeText.excerpt($0, limit: 20) }.joined(separator: ", ") + (all.count > count ? ", …" : "")
  }
}
