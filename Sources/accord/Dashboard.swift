import AccordCore
import AccordJournal
import AccordRuntime
import AccordTerminal
import AccordUI
import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Accord {
  struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dashboard",  // named, not derived by reflection at every start
      abstract: "Open the interactive dashboard (the default).",
      discussion: """
        Needs a terminal on standard input and output; `accord render` prints a screen as text.

        Colours come from the theme (--theme, or `theme:` in ~/.config/accord/config.yaml; c cycles them), brought down to what the terminal has; NO_COLOR (or --no-color) keeps attributes only. A locale that is not UTF-8 draws ASCII only, as --ascii does.

        Exit status: 0 on q, 64 for a bad option, 65 when the plan, theme or settings file has errors, 1 without a terminal (or one that cannot show it: TERM=dumb, over 2000x1000), 128 + the signal's number when ended by one (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1...).
        """)

    @OptionGroup var plan: PlanOptions

    @Flag(name: .long, help: "Draw borders, gauges and marks with ASCII characters only.")
    var ascii = false

    @OptionGroup var look: ThemeOptions

    @Flag(
      name: .long,
      help:
        "Briefing-room mode: full screen, read-only, cycles through the overview, each pillar, the meetings and a watch list by itself; only Ctrl-C or typing `quit` ends it."
    )
    var kiosk = false

    // Unconditional: `--cycle -1` is a bad value to name, not an unknown option `-1`.
    @Option(
      name: .long, parsing: .unconditional,
      help: ArgumentHelp("Seconds each kiosk page stays (with --kiosk).", valueName: "seconds"))
    var cycle = 20

    @Flag(
      name: .customLong("read-only"),
      help: "Turn off everything that writes: the mode for viewer accounts (see README, 'Serving accord over SSH').")
    var readOnly = false

    func validate() throws {
      guard (1...3600).contains(cycle) else {
        throw ValidationError(
          Messages.fill(
            Messages.writing.localized("--cycle %1$s is not valid: it takes seconds from 1 to 3600"), "\(cycle)"))
      }
    }

    func run() throws {
      // Everything that can fail on the data fails here, before the terminal is touched.
      let plans = try plan.loadPlanFiles()
      let several = plans.count > 1
      var state = AppState(plan: plans[0], today: plan.day)
      for other in plans.dropFirst() { state.addPlan(other) }
      // Each plan its own journal, watched and recorded in apart (events carry the plan's identity).
      let addresses = try plan.journalAddresses(forPlans: plans.count)
      let journals = zip(state.sessions, addresses).compactMap { session, address in
        address.map { PlanOptions.dashboardJournal(at: $0, showing: session.view) }
      }
      let catalog = ThemeCatalog()
      let (theme, themeFile) = try look.chooseTheme(catalog: catalog)
      let files = LiveReload(
        plans: zip(plan.planFiles, plans).map { LiveReload.PlanFile(path: $0, identity: $1.identity) },
        themePath: themeFile)

      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw Failure(
          .failure,
          "accord: the dashboard needs a terminal on standard input and output; to print a screen as text, use `accord render`"
        )
      }

      SignalTrap.install()
      let terminal: NcursesTerminal
      do {
        terminal = try NcursesTerminal(theme: theme, colour: !look.colourRefused)
      } catch {
        throw Failure(.failure, "accord: \(error)")
      }

      state.options = DisplayOptions(ascii: ascii || !terminal.isUTF8)
      state.writing = try plan.writing(unicode: !state.options.ascii)
      state.themes = [theme]
      state.otherThemes = { Self.themes(besides: theme, catalog: catalog) }
      state.followsClock = plan.today == nil
      state.readOnly = readOnly || kiosk
      for (loaded, address) in zip(plans, addresses) where address?.mayHoldUpdates == true {
        state.readingJournal(of: loaded.identity)
      }
      if kiosk { state.startKiosk(cycle: cycle) }
      // The plans screen first; a kiosk instead turns every plan's pages in turn.
      if several && !kiosk { state.showPlans() }
      let recorders = Dictionary(
        zip(plans, addresses).map { loaded, address in
          (loaded.identity, several ? PlanOptions.recorder(for: loaded, at: address) : plan.recorder(for: loaded))
        }, uniquingKeysWith: { first, _ in first })
      let record: ((JournalUpdate, String) -> Result<JournalUpdate, JournalError>)? =
        state.readOnly
        ? nil : { update, identity in recorders[identity]?(update) ?? .failure(PlanOptions.noPlanJournal) }
      // A settings file that does not load leaves the defaults here; `accord doctor` says why.
      let settings = UserConfig.defaultPath().flatMap { try? UserConfig.load(path: $0) } ?? UserConfig()
      terminal.hyperlinks = HyperlinkSupport.enabled(
        setting: settings.hyperlinks.map { $0 == .on }, environment: ProcessEnvironment.variables)
      let exit = DashboardLoop.run(
        state: &state, terminal: terminal, stopSignal: { SignalTrap.pendingSignal },
        continued: SignalTrap.takeContinued,
        files: files, journals: journals, record: record, saveSetting: SettingsFile.save,
        writeBriefing: DashboardBriefing.write(_:writing:),
        copy: ClipboardCopy.copier(setting: settings.clipboard, environment: ProcessEnvironment.variables))
      terminal.close()

      switch exit {
      case .quit:
        return
      case .signal(let signal):
        SignalTrap.reraise(signal)
        throw Failure(.signal(signal), [])
      case .hangUp:
        throw Failure(.signal(SIGHUP), [])
      }
    }

    /// Every other theme that loads, for the `c` key after the chosen one.
    static func themes(besides theme: Theme, catalog: ThemeCatalog) -> [Theme] {
      catalog.names.compactMap { try? catalog.theme($0) }.filter { $0 != theme }
    }
  }
}
